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
