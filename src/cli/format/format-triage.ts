/** The triage result as terminal text: red flags first, then the ranked conditions with their reasons. */
import type { KnowledgeBase } from '../../core/kb/knowledge-base';
import {
  TRIAGE_DISCLAIMER,
  type RedFlagAlert,
  type TriageCandidate,
  type TriageInput,
  type TriageReason,
  type TriageResult,
} from '../../core/triage';
import { bullets, heading, wrap } from './text-blocks';

/** How many conditions to print; the rest are summarised by count (the JSON has them all). */
const SHOWN = 5;

function describeInput(kb: KnowledgeBase, input: TriageInput): string[] {
  const region = (id: string) => kb.regions.find((r) => r.id === id)?.label ?? id;
  const finding = (id: string) => kb.findings.find((f) => f.id === id)?.label ?? id;
  const regions = input.regions.map(
    (r) => `${r.side} ${region(r.region)}${r.role === 'spread' ? ' (spreads to)' : ''}`,
  );
  const answers = Object.entries(input.findings).map(([id, a]) => `${finding(id)}: ${a}`);
  const test = (id: string) => kb.tests.find((t) => t.id === id)?.name ?? id;
  const tests = Object.entries(input.tests ?? {}).map(([id, result]) => `${test(id)}: ${result}`);
  return [
    ...wrap(`Where it hurts: ${regions.join('; ') || 'not given'}`, '  '),
    ...wrap(`Findings: ${answers.join('; ') || 'none'}`, '  '),
    ...(tests.length ? wrap(`Tests: ${tests.join('; ')}`, '  ') : []),
  ];
}

function formatAlert(a: RedFlagAlert): string[] {
  return [
    '',
    `  !! ${a.urgency.toUpperCase()}: ${a.title} (${a.redFlagId})`,
    ...wrap(`Do now: ${a.action}`, '     '),
    ...wrap(`Because: ${a.because.join('; ')}`, '     '),
  ];
}

const reasons = (list: readonly TriageReason[]) => list.map((r) => `${r.label} (${r.weight})`).join(', ');

function formatCandidate(c: TriageCandidate, rank: number): string[] {
  return [
    '',
    `  ${rank}. ${c.name} — score ${c.score}, ${c.band} fit (${c.conditionId})`,
    ...(c.referral ? wrap(`Needs referral (${c.referral.urgency}): ${c.referral.reason}`, '     ') : []),
    ...wrap(`For: ${reasons(c.supporting) || 'none'}`, '     '),
    ...(c.against.length ? wrap(`Against: ${reasons(c.against)}`, '     ') : []),
    ...(c.askNext.length ? ['     Ask or check next:', ...bullets(c.askNext).map((l) => `   ${l}`)] : []),
  ];
}

export function formatTriage(kb: KnowledgeBase, input: TriageInput, result: TriageResult): string {
  const lines = ['Triage', ...describeInput(kb, input)];
  if (result.unknownFindings.length) lines.push(`  Ignored unknown findings: ${result.unknownFindings.join(', ')}`);
  lines.push(
    ...heading(result.redFlags.length ? `Red flags (${result.redFlags.length}) — act on these first` : 'Red flags'),
  );
  if (result.redFlags.length) lines.push(...result.redFlags.flatMap(formatAlert));
  else lines.push('  None raised by these answers. Keep screening as usual.');
  lines.push(...heading('Conditions that fit, best first'));
  if (result.candidates.length === 0) lines.push('  No condition fits these regions and findings.');
  result.candidates.slice(0, SHOWN).forEach((c, i) => lines.push(...formatCandidate(c, i + 1)));
  const more = result.candidates.length - SHOWN;
  if (more > 0) lines.push('', `  …and ${more} weaker fit${more === 1 ? '' : 's'} (use --json to see all).`);
  lines.push('', ...wrap(TRIAGE_DISCLAIMER));
  return lines.join('\n');
}
