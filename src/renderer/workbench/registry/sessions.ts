/**
 * The patient's sessions: the body map's marks and answers, and the handout being built. They
 * live in the workbench, not in their views, so they survive switching views and closing tabs.
 * Their code (with zod, which checks handouts) loads just after the first paint: a new window's
 * handout is blank and its body map unmarked, so the first screen does not need them.
 */
import type { KbLookup } from '../../../core/kb/kb-lookup';
import type { KnowledgeBase } from '../../../core/kb/knowledge-base';
import type { AppApi } from '../../../shared/app-api';
import type { HandoutSession } from '../../handout/handout-session.svelte';
import type { TriageSession } from '../../triage/triage-session.svelte';
import { LazyPart } from './lazy-part.svelte';

export type { HandoutSession, TriageSession };

export interface WorkbenchSessions {
  readonly triage: LazyPart<TriageSession>;
  readonly handout: LazyPart<HandoutSession>;
}

export function createSessions(deps: { knowledgeBase: KnowledgeBase; lookup: KbLookup; appApi: AppApi }) {
  return {
    triage: new LazyPart('body map', async () => {
      const { TriageSession } = await import('../../triage/triage-session.svelte');
      return { default: new TriageSession(deps.knowledgeBase) };
    }),
    handout: new LazyPart('handout', async () => {
      const { HandoutSession } = await import('../../handout/handout-session.svelte');
      return { default: new HandoutSession({ lookup: deps.lookup, appApi: deps.appApi }) };
    }),
  } satisfies WorkbenchSessions;
}
