/**
 * One patient's triage: where it hurts, the answers so far, the examination tests recorded, and
 * the result they give. Owned by the
 * workbench (one per window) and passed to the triage tab and the Body map side view, so it
 * survives switching views and closing the tab; "New patient" clears it.
 */
import type { KnowledgeBase } from '../../core/kb/knowledge-base';
import type { BodyRegionId, BodyView, Side } from '../../core/kb/vocabulary';
import {
  triage,
  type FindingAnswer,
  type PainRole,
  type RegionSelection,
  type TestResult,
  type TriageResult,
} from '../../core/triage';
import type { KeptTriage } from '../../shared/consult-draft';

export class TriageSession {
  /** Finding id → the findings it cannot be true together with, in both directions. */
  readonly #exclusive: ReadonlyMap<string, readonly string[]>;
  #regions = $state<RegionSelection[]>([]);
  #answers = $state<Record<string, FindingAnswer>>({});
  /** Clinical test results by test id: a plain record, so the session can be saved as it is. */
  #tests = $state<Record<string, TestResult>>({});
  /** The role newly picked regions get: where it mainly hurts, or where the pain spreads to. */
  mode = $state<PainRole>('main');
  /** The body map's view; kept here so the map shows the same view when the tab comes back. */
  view = $state<BodyView>('front');

  /** The ranking for what is marked and answered; recomputed only when those change. */
  readonly result: TriageResult;
  readonly answeredCount = $derived(Object.keys(this.#answers).length);
  readonly testCount = $derived(Object.keys(this.#tests).length);
  readonly isEmpty = $derived(
    this.#regions.length === 0 && Object.keys(this.#answers).length === 0 && Object.keys(this.#tests).length === 0,
  );

  constructor(kb: KnowledgeBase) {
    const exclusive = new Map<string, string[]>();
    const link = (a: string, b: string) => exclusive.set(a, [...(exclusive.get(a) ?? []), b]);
    for (const finding of kb.findings) {
      for (const other of finding.excludes ?? []) {
        link(finding.id, other);
        link(other, finding.id);
      }
    }
    this.#exclusive = exclusive;
    this.result = $derived(triage(kb, { regions: this.#regions, findings: this.#answers, tests: this.#tests }));
  }

  get regions(): readonly RegionSelection[] {
    return this.#regions;
  }

  get answers(): Readonly<Record<string, FindingAnswer>> {
    return this.#answers;
  }

  get tests(): Readonly<Record<string, TestResult>> {
    return this.#tests;
  }

  roleOf(region: BodyRegionId, side: Side): PainRole | undefined {
    return this.#regions.find((r) => r.region === region && r.side === side)?.role;
  }

  /** Selects a region with the current mode's role, or deselects it if it was selected. */
  toggle(region: BodyRegionId, side: Side): void {
    if (this.roleOf(region, side)) this.remove(region, side);
    else this.#regions = [...this.#regions, { region, side, role: this.mode }];
  }

  remove(region: BodyRegionId, side: Side): void {
    this.#regions = this.#regions.filter((r) => !(r.region === region && r.side === side));
  }

  setRole(region: BodyRegionId, side: Side, role: PainRole): void {
    this.#regions = this.#regions.map((r) => (r.region === region && r.side === side ? { ...r, role } : r));
  }

  /**
   * Records an answer (undefined takes it back). A "yes" turns a contradicting "yes" into "no":
   * answering yes to sudden onset after yes to gradual onset means the clinician changed their mind.
   */
  answer(findingId: string, answer: FindingAnswer | undefined): void {
    const next = { ...this.#answers };
    if (answer === undefined) delete next[findingId];
    else next[findingId] = answer;
    if (answer === 'yes')
      for (const other of this.#exclusive.get(findingId) ?? []) if (next[other] === 'yes') next[other] = 'no';
    this.#answers = next;
  }

  /** Records a clinical test's result; undefined means not done (the result is taken back). */
  recordTest(testId: string, result: TestResult | undefined): void {
    const next = { ...this.#tests };
    if (result === undefined) delete next[testId];
    else next[testId] = result;
    this.#tests = next;
  }

  /**
   * What the kept consult holds of the body map (see shared/consult-draft.ts), or nothing while it
   * is as a new patient's. Plain data (no state proxies), so it can be stored or sent over IPC.
   */
  get kept(): KeptTriage | undefined {
    if (this.isEmpty && this.mode === 'main' && this.view === 'front') return undefined;
    return $state.snapshot({
      regions: this.#regions,
      answers: this.#answers,
      tests: this.#tests,
      mode: this.mode,
      view: this.view,
    });
  }

  /** Brings back the marks, answers, role and view the kept consult held, when a window starts. */
  restoreKept(kept: KeptTriage): void {
    this.#regions = kept.regions.map((r) => ({ ...r }));
    this.#answers = { ...kept.answers };
    this.#tests = { ...kept.tests };
    this.mode = kept.mode;
    this.view = kept.view;
  }

  /** New patient: forget everything about the last one. */
  clear(): void {
    this.#regions = [];
    this.#answers = {};
    this.#tests = {};
    this.mode = 'main';
    this.view = 'front';
  }
}
