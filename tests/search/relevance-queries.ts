/**
 * What a physio or a patient types, and what must come back. `top1`: this item must be first.
 * `top3`: at least one of these must be in the first three (several are listed where a clinician
 * would accept any of them). Shared by the relevance test and `npm run bench`.
 */
export interface RelevanceCase {
  query: string;
  top1?: string;
  top3?: string[];
  /** What kind of query it is, for the report. */
  type: 'name' | 'misspelling' | 'abbreviation' | 'symptom' | 'exercise' | 'equipment' | 'advice';
}

export const RELEVANCE_CASES: readonly RelevanceCase[] = [
  // Names and aliases
  { type: 'name', query: 'gluteal tendinopathy', top1: 'gluteal-tendinopathy' },
  { type: 'name', query: 'trochanteric bursitis', top1: 'gluteal-tendinopathy' },
  { type: 'name', query: 'hip flexor strain', top1: 'hip-flexor-strain' },
  { type: 'name', query: 'labral tear', top1: 'labral-tear' },
  { type: 'name', query: 'femoroacetabular impingement', top1: 'femoroacetabular-impingement' },
  { type: 'name', query: 'hip impingement', top1: 'femoroacetabular-impingement' },
  { type: 'name', query: 'stress fracture', top3: ['femoral-neck-stress-fracture'] },
  { type: 'name', query: 'hamstring strain', top1: 'hamstring-strain' },
  { type: 'name', query: 'piriformis syndrome', top1: 'piriformis-syndrome' },
  { type: 'name', query: 'sciatica', top3: ['piriformis-syndrome', 'lumbar-referred-pain'] },
  { type: 'name', query: 'groin strain', top1: 'adductor-strain' },
  { type: 'name', query: 'plantar fasciitis', top1: 'plantar-fasciitis' },
  { type: 'name', query: "runner's knee", top1: 'patellofemoral-pain' },
  { type: 'name', query: "runner's hip", top1: 'gluteal-tendinopathy' },
  { type: 'name', query: 'hip arthritis', top1: 'hip-osteoarthritis' },
  { type: 'name', query: 'SI joint pain', top1: 'sacroiliac-joint-pain' },
  { type: 'name', query: 'pregnancy hip pain', top3: ['pregnancy-related-hip-pain'] },
  { type: 'name', query: 'postnatal', top3: ['postpartum-hip-pain', 'running-in-pregnancy-and-after-birth'] },
  { type: 'name', query: 'tight hip flexors', top1: 'tight-hip-flexors' },
  { type: 'name', query: 'quad strain', top1: 'quadriceps-strain' },
  // Clinical tests, by name and by the abbreviation a physio writes in the notes
  { type: 'name', query: 'FADIR', top1: 'fadir' },
  { type: 'name', query: 'Trendelenburg', top1: 'trendelenburg-sign' },
  { type: 'name', query: 'log roll', top1: 'log-roll' },
  { type: 'name', query: 'Ober test', top1: 'ober-test' },
  // Misspellings
  { type: 'misspelling', query: 'trochantric', top3: ['gluteal-tendinopathy'] },
  { type: 'misspelling', query: 'piriformus', top3: ['piriformis-syndrome'] },
  { type: 'misspelling', query: 'bursits', top1: 'gluteal-tendinopathy' },
  {
    type: 'misspelling',
    query: 'tendonopathy',
    top3: ['gluteal-tendinopathy', 'iliopsoas-tendinopathy', 'proximal-hamstring-tendinopathy'],
  },
  { type: 'misspelling', query: 'clamshel', top1: 'clamshell' },
  { type: 'misspelling', query: 'illiotibial', top3: ['iliotibial-band-syndrome'] },
  { type: 'misspelling', query: 'osteoarthritus', top1: 'hip-osteoarthritis' },
  { type: 'misspelling', query: 'hamstirng', top3: ['hamstring-strain', 'proximal-hamstring-tendinopathy'] },
  { type: 'misspelling', query: 'plantar fasciitus', top1: 'plantar-fasciitis' },
  { type: 'misspelling', query: 'deadlfit', top3: ['deadlift', 'single-leg-romanian-deadlift'] },
  // Abbreviations and synonyms
  { type: 'abbreviation', query: 'ITB', top1: 'iliotibial-band-syndrome' },
  { type: 'abbreviation', query: 'ITBS', top1: 'iliotibial-band-syndrome' },
  { type: 'abbreviation', query: 'GTPS', top3: ['gluteal-tendinopathy'] },
  { type: 'abbreviation', query: 'FAI', top1: 'femoroacetabular-impingement' },
  { type: 'abbreviation', query: 'OA', top1: 'hip-osteoarthritis' },
  { type: 'abbreviation', query: 'PFPS', top1: 'patellofemoral-pain' },
  { type: 'abbreviation', query: 'SLR', top1: 'straight-leg-raise' },
  { type: 'abbreviation', query: 'RDL', top1: 'single-leg-romanian-deadlift' },
  { type: 'abbreviation', query: 'glute med', top3: ['gluteal-tendinopathy', 'side-lying-leg-raise', 'clamshell'] },
  { type: 'abbreviation', query: 'hip flexors', top3: ['tight-hip-flexors', 'hip-flexor-strain'] },
  { type: 'abbreviation', query: 'iliopsoas', top3: ['iliopsoas-tendinopathy'] },
  { type: 'abbreviation', query: 'PHT', top1: 'proximal-hamstring-tendinopathy' },
  { type: 'abbreviation', query: 'SIJ', top1: 'sacroiliac-joint-pain' },
  // Symptom phrases (clinician shorthand and patient words)
  { type: 'symptom', query: 'lat hip pain lying on side', top3: ['gluteal-tendinopathy'] },
  { type: 'symptom', query: 'hurts lying on my side', top3: ['gluteal-tendinopathy'] },
  { type: 'symptom', query: 'clicking groin', top3: ['labral-tear', 'femoroacetabular-impingement'] },
  {
    type: 'symptom',
    query: 'clicking hip',
    top3: ['labral-tear', 'femoroacetabular-impingement', 'iliopsoas-tendinopathy'],
  },
  {
    type: 'symptom',
    query: 'pain going upstairs',
    top3: ['gluteal-tendinopathy', 'iliopsoas-tendinopathy', 'patellofemoral-pain', 'piriformis-syndrome'],
  },
  { type: 'symptom', query: 'worse the longer I run', top3: ['femoral-neck-stress-fracture'] },
  { type: 'symptom', query: 'groin pain getting worse during run', top3: ['femoral-neck-stress-fracture'] },
  { type: 'symptom', query: 'hip catching locking', top3: ['labral-tear'] },
  { type: 'symptom', query: 'pain at the sitting bone when sitting', top3: ['proximal-hamstring-tendinopathy'] },
  { type: 'symptom', query: 'outside of the knee pain running downhill', top3: ['iliotibial-band-syndrome'] },
  { type: 'symptom', query: 'heel pain first steps in the morning', top3: ['plantar-fasciitis'] },
  { type: 'symptom', query: 'pins and needles down the leg', top3: ['lumbar-referred-pain', 'piriformis-syndrome'] },
  { type: 'symptom', query: 'pop in the back of the thigh sprinting', top3: ['hamstring-strain'] },
  { type: 'symptom', query: 'stiff hip in the morning older runner', top3: ['hip-osteoarthritis'] },
  {
    type: 'symptom',
    query: 'pain in front of hip lifting knee',
    top3: ['iliopsoas-tendinopathy', 'hip-flexor-strain'],
  },
  { type: 'symptom', query: 'pain crossing legs', top3: ['femoroacetabular-impingement', 'gluteal-tendinopathy'] },
  { type: 'symptom', query: 'hip pain after having a baby', top3: ['postpartum-hip-pain'] },
  // Exercises
  { type: 'exercise', query: 'clamshell', top1: 'clamshell' },
  { type: 'exercise', query: 'side leg lifts', top1: 'side-lying-leg-raise' },
  { type: 'exercise', query: 'donkey kicks', top1: 'donkey-kick' },
  { type: 'exercise', query: 'single leg bridge', top3: ['single-leg-glute-bridge'] },
  { type: 'exercise', query: 'bulgarian split squat', top1: 'rear-foot-elevated-split-squat' },
  { type: 'exercise', query: 'copenhagen', top1: 'copenhagen-adductor-plank' },
  { type: 'exercise', query: 'fire hydrant', top1: 'fire-hydrant' },
  { type: 'exercise', query: 'dead bug', top1: 'dead-bug' },
  { type: 'exercise', query: 'hip thrust', top1: 'barbell-hip-thrust' },
  { type: 'exercise', query: 'eccentric hip flexion', top1: 'eccentric-hip-flexion-band' },
  { type: 'exercise', query: 'leg swings', top3: ['leg-swing-front-to-back', 'leg-swing-side-to-side'] },
  { type: 'exercise', query: 'kegels', top1: 'pelvic-floor-contractions' },
  { type: 'exercise', query: 'crab walk', top1: 'banded-lateral-walk' },
  { type: 'exercise', query: 'hip flexor stretch', top3: ['kneeling-hip-flexor-stretch'] },
  { type: 'exercise', query: 'calf raise', top1: 'single-leg-calf-raise' },
  { type: 'exercise', query: 'pogo', top1: 'pogo-hops' },
  // Equipment
  {
    type: 'equipment',
    query: 'resistance band',
    top3: ['banded-lateral-walk', 'eccentric-hip-flexion-band', 'resisted-hip-flexion-standing', 'banded-hip-march'],
  },
  { type: 'equipment', query: 'foam roller', top1: 'foam-roller-thigh-release' },
  { type: 'equipment', query: 'kettlebell', top1: 'kettlebell-swing' },
  { type: 'equipment', query: 'slide board', top1: 'slide-board-speed-skater' },
  { type: 'equipment', query: 'stability ball', top1: 'stability-ball-hamstring-curl' },
  { type: 'equipment', query: 'agility ladder', top1: 'agility-ladder-drills' },
  { type: 'equipment', query: 'lacrosse ball', top1: 'massage-ball-glute-release' },
  // Advice
  { type: 'advice', query: '10% rule', top1: 'load-management' },
  { type: 'advice', query: 'how much sleep', top1: 'rest-sleep-recovery' },
  { type: 'advice', query: 'when to replace running shoes', top1: 'running-shoes' },
  { type: 'advice', query: 'cambered roads', top1: 'running-surfaces' },
  { type: 'advice', query: 'cadence', top1: 'cadence-and-overstriding' },
  { type: 'advice', query: 'box of muscles', top1: 'hip-anatomy' },
  { type: 'advice', query: 'ice or heat', top1: 'ice-and-heat' },
  { type: 'advice', query: 'can I run with pain', top1: 'pain-monitoring' },
  { type: 'advice', query: 'return to running plan', top1: 'return-to-running-plan' },
  { type: 'advice', query: 'calcium vitamin d', top1: 'nutrition-and-bone-health' },
  { type: 'advice', query: 'warm up before running', top1: 'warm-up' },
  { type: 'advice', query: 'when to see a doctor', top1: 'when-to-see-a-doctor' },
  {
    type: 'advice',
    query: 'running while pregnant',
    top3: ['running-in-pregnancy-and-after-birth', 'pregnancy-related-hip-pain'],
  },
  // Gluteal muscle strain and starting to run (issue 18)
  { type: 'name', query: 'glute strain', top1: 'gluteal-muscle-strain' },
  { type: 'symptom', query: 'sudden buttock pain sprinting', top3: ['gluteal-muscle-strain'] },
  { type: 'advice', query: 'starting to run', top1: 'starting-to-run' },
  { type: 'advice', query: 'beginner runner', top1: 'starting-to-run' },
];
