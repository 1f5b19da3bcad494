import type { KnowledgeBase } from '../../src/core/kb/knowledge-base';

export interface PatientText {
  where: string;
  text: string;
  /** Printed from a shared rule (data/rules.yaml) rather than written in the item itself. */
  fromRule: boolean;
}

/**
 * Every text a patient reads: everything that can print on a handout (condition summaries,
 * exercise cards with their dosage notes, advice topics with their headings, points and tables,
 * red-flag lines) and what the patient view and the triage questions show. Clinician-only topic
 * sections are left out: they never print.
 */
export function patientTexts(kb: KnowledgeBase): PatientText[] {
  const ruleTexts = new Set(
    kb.rules.flatMap((r) => [r.short, r.patient, r.heading, ...(r.points ?? []), ...tableCells(r.table)]),
  );
  const out: PatientText[] = [];
  const add = (where: string, text: string | undefined, fromRule = false) =>
    text && out.push({ where, text, fromRule: fromRule || ruleTexts.has(text) });

  for (const c of kb.conditions) {
    add(`conditions/${c.id} summary.patient`, c.summary.patient);
    c.management.forEach((m) => {
      const at = `conditions/${c.id} management.${m.phase}`;
      add(`${at}.patient`, m.patient);
      m.advice.forEach((t, i) => add(`${at}.advice[${i}]`, t));
      m.exercises.forEach((e) => {
        add(`${at}.exercises.${e.id}.note`, e.note);
        add(`${at}.exercises.${e.id}.dosage.note`, e.dosage?.note);
        add(`${at}.exercises.${e.id}.dosage.tempo`, e.dosage?.tempo);
      });
    });
  }
  for (const e of kb.exercises) {
    add(`exercises/${e.id} summary.patient`, e.summary.patient);
    e.instructions.forEach((t, i) => add(`exercises/${e.id} instructions[${i}]`, t));
    e.cues.forEach((t, i) => add(`exercises/${e.id} cues[${i}]`, t));
    e.mistakes.forEach((t, i) => add(`exercises/${e.id} mistakes[${i}]`, t));
    e.precautions.forEach((t, i) => add(`exercises/${e.id} precautions[${i}]`, t));
    add(`exercises/${e.id} dosage.note`, e.dosage.note);
    add(`exercises/${e.id} dosage.tempo`, e.dosage.tempo);
  }
  for (const t of kb.topics) {
    add(`topics/${t.id} summary.patient`, t.summary.patient);
    t.sections.forEach((s, i) => {
      if (s.audience === 'clinician') return;
      const at = `topics/${t.id} sections[${i}]`;
      const shared = s.rule !== undefined;
      if (s.patient || s.points || s.table) add(`${at}.heading`, s.heading, shared);
      add(`${at}.patient`, s.patient, shared);
      s.points?.forEach((p, j) => add(`${at}.points[${j}]`, p, shared));
      tableCells(s.table).forEach((cell, j) => add(`${at}.table[${j}]`, cell, shared));
    });
  }
  for (const f of kb.redFlags) add(`red-flags/${f.id} patient`, f.patient);
  for (const f of kb.findings) add(`findings/${f.id} question`, f.question);
  for (const r of kb.rules) {
    add(`rules/${r.id} short`, r.short, true);
    add(`rules/${r.id} patient`, r.patient, true);
    r.points?.forEach((p, j) => add(`rules/${r.id} points[${j}]`, p, true));
    tableCells(r.table).forEach((cell, j) => add(`rules/${r.id} table[${j}]`, cell, true));
  }
  return out;
}

function tableCells(table: { columns: string[]; rows: string[][] } | undefined): string[] {
  return table ? [...table.columns, ...table.rows.flat()] : [];
}

/** Splits on sentence ends; abbreviations such as "e.g." are not used in patient texts. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Clinical words a patient may not know, each with the plain words that explain it. A patient
 * sentence may use one only if the same sentence also explains it, as in "the tendons of your
 * buttock muscles (gluteal tendinopathy)" or "muscles that lift the leg (hip flexors)". Exercise
 * names and aliases may use them: they are names. Words that runners and patients know (hamstring,
 * pelvis, pelvic floor, stress fracture, arthritis, strain, core) are not listed.
 */
export const JARGON: { word: RegExp; explained: RegExp }[] = [
  // Tissues and conditions.
  { word: /\bten(din|don)(opath(y|ies)|osis|itis)\b/, explained: /\btendons?\b/ },
  { word: /\bbursa(e|s|l)?\b|\bbursitis\b/, explained: /cushion|fluid/ },
  { word: /\blabr(um|al)\b/, explained: /\brim\b|cartilage/ },
  { word: /\bacetabul(um|ar)\b/, explained: /socket/ },
  { word: /\bfem(ur|oral)\b/, explained: /thigh ?bone/ },
  { word: /\btrochanter(ic)?\b/, explained: /bony (point|bump)/ },
  { word: /\bfasci(a|al|itis)\b|\bfasciae\b(?! latae)/, explained: /\btissue\b|\bsole\b/ },
  { word: /\bimpingement\b|\bfemoroacetabular\b/, explained: /pinch/ },
  { word: /\bavulsion\b/, explained: /pull(s|ed)? (off|away)|torn off/ },
  { word: /\bepiphys(is|eal)\b/, explained: /growth plate/ },
  { word: /\b(osteo|avascular )?necrosis\b|\bavascular\b/, explained: /blood supply/ },
  { word: /\bosteopenia\b/, explained: /thin|weak bones?/ },
  { word: /\b(thrombosis|embolism|dvt)\b/, explained: /\bclots?\b/ },
  { word: /\bmalignan(cy|t)\b|\bmetasta\w+/, explained: /cancer/ },
  { word: /\bspondyl\w+|\bankylosing\b/, explained: /inflam|stiff/ },
  { word: /\b(hypermobil\w*|laxity)\b/, explained: /\bloose/ },
  // Muscles and nerves.
  { word: /\bglute(al|us|s)?\b/, explained: /buttock|bottom/ },
  { word: /\bpiriformis\b/, explained: /buttock|bottom/ },
  { word: /\b(ilio)?psoas\b|\biliacus\b/, explained: /front of (your|the) hip|inside (of )?(your|the) pelvis/ },
  { word: /\bquad(riceps|s)\b|\brectus femoris\b/, explained: /thigh/ },
  { word: /\b(soleus|gastrocnemius)\b/, explained: /\bcalf|\bcalves/ },
  { word: /\btensor\b|\bgemell[iu]s?\b|\bobturators?\b/, explained: /hip|buttock/ },
  { word: /\biliotibial\b|\bitb\b|\bit band\b/, explained: /(outside|side) of (your|the) thigh|outer thigh/ },
  { word: /\bsciatic(a)?\b|\bneural\b/, explained: /\bnerves?\b/ },
  { word: /\bflexors?\b/, explained: /\bfront\b|\blift/ },
  { word: /\bextensors?\b/, explained: /\bback\b|\bbehind\b/ },
  { word: /\brotators?\b/, explained: /\bturn/ },
  { word: /\babduct(ion|ors?|s|ed|ing)?\b/, explained: /\bside\b|\boutside\b|away from/ },
  { word: /\badduct(ion|ors?|s|ed|ing)?\b/, explained: /inner[- ]thigh|inside|groin|towards the middle/ },
  // Where and how.
  { word: /\blateral(ly)?\b/, explained: /\boutside\b|\bside\b/ },
  { word: /\bmedial(ly)?\b/, explained: /\binside\b|\binner\b/ },
  { word: /\banterior(ly)?\b/, explained: /\bfront\b/ },
  { word: /\bposterior(ly)?\b/, explained: /\bback\b|\bbehind\b/ },
  { word: /\bproximal\b/, explained: /\btop\b|\bupper\b|near(est)? the hip/ },
  { word: /\bdistal\b/, explained: /\bbottom\b|\blower end\b|far end/ },
  { word: /\b(bi|uni|contra|ipsi)lateral\b/, explained: /\bboth\b|\bone (side|leg)\b|other side|same side/ },
  { word: /\b(supine|prone)\b(?! to)/, explained: /on your (back|front|stomach|tummy)/ },
  { word: /\blumbar\b/, explained: /lower back|low back/ },
  { word: /\bthoracic\b/, explained: /mid-back|upper back|middle of (your|the) back/ },
  { word: /\bsacroiliac\b/, explained: /spine|pelvis|lower back/ },
  { word: /\bpelvic girdle\b|\bsymphysis\b/, explained: /(front|back) of (your|the) pelvis|around (your|the) pelvis/ },
  { word: /\bflexion\b/, explained: /\bbend|\blift/ },
  { word: /\bextension\b/, explained: /straighten|\bbehind\b/ },
  { word: /\b(over)?pronat(ion|e|es|ing)\b/, explained: /roll(s|ing)? in/ },
  // Exercise and running science.
  { word: /\bisometric(s|ally)?\b/, explained: /without moving|\bstill\b/ },
  { word: /\beccentric(s|ally)?\b/, explained: /slow(ly)? lower|lower(ing)? slowly|slow lowering|lengthen/ },
  { word: /\bconcentric(ally)?\b/, explained: /\blift(ing)?\b|shorten/ },
  { word: /\bplyometrics?\b/, explained: /\bjump|\bhop|\bbounc/ },
  { word: /\bproprioception\b/, explained: /balance|sense of position/ },
  { word: /\bbaseline\b/, explained: /starting point|usual level/ },
  { word: /\bdynamic\b/, explained: /\bmoving\b|\bmovement|\bswing/ },
  { word: /\bhinge\b/, explained: /bend(ing)? (forward )?(at|from) (your|the) hips|hips? back/ },
  { word: /\bcadence\b/, explained: /steps (a|per|each) minute|how many steps|step rate/ },
  { word: /\boverstrid(e|es|ing)\b/, explained: /in front|ahead|too far/ },
  { word: /\btempo\b/, explained: /comfortably hard|steady/ },
  { word: /\bnon-consecutive\b/, explained: /(?!)/ },
];

/**
 * The clinical words (JARGON) a patient sentence uses without explaining them. Exercise names and
 * aliases (`names`, also in the plural) are taken out first: "Eccentric hip flexion" is a name.
 */
export function jargonIn(sentence: string, names: string[] = []): string[] {
  const text = sentence.toLowerCase().replace(namesPattern(names), ' ');
  return JARGON.flatMap(({ word, explained }) => {
    const found = word.exec(text);
    return found && !explained.test(text) ? [found[0]] : [];
  });
}

const namePatterns = new Map<string, RegExp>();

function namesPattern(names: string[]): RegExp {
  const key = names.join('\n');
  let pattern = namePatterns.get(key);
  if (!pattern) {
    const escaped = [...names]
      .map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .sort((a, b) => b.length - a.length);
    // Longest first, so "single-leg glute bridge" goes before "glute bridge"; (?!) matches nothing.
    pattern = new RegExp(escaped.length ? `\\b(?:${escaped.join('|')})(?:e?s)?\\b` : '(?!)', 'g');
    namePatterns.set(key, pattern);
  }
  return pattern;
}
