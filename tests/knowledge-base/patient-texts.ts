import type { KnowledgeBase } from '../../src/core/kb/knowledge-base';

/** Every text the patient reads (handouts, patient view), with where it lives. */
export function patientTexts(kb: KnowledgeBase): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, text: string | undefined) => text && out.push({ where, text });
  for (const c of kb.conditions) {
    add(`conditions/${c.id} summary.patient`, c.summary.patient);
    c.management.forEach((m) => add(`conditions/${c.id} management.${m.phase}.patient`, m.patient));
  }
  for (const e of kb.exercises) {
    add(`exercises/${e.id} summary.patient`, e.summary.patient);
    e.instructions.forEach((t, i) => add(`exercises/${e.id} instructions[${i}]`, t));
    e.cues.forEach((t, i) => add(`exercises/${e.id} cues[${i}]`, t));
    e.precautions.forEach((t, i) => add(`exercises/${e.id} precautions[${i}]`, t));
  }
  for (const t of kb.topics) {
    add(`topics/${t.id} summary.patient`, t.summary.patient);
    t.sections.forEach((s, i) => add(`topics/${t.id} sections[${i}].patient`, s.patient));
  }
  for (const f of kb.redFlags) add(`red-flags/${f.id} patient`, f.patient);
  for (const f of kb.findings) add(`findings/${f.id} question`, f.question);
  return out;
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
