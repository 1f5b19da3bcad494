/**
 * The patient's sessions: the body map's marks and answers, and the handout being built. They
 * live in the workbench, not in their views, so they survive switching views and closing tabs.
 * Their code (with zod, which checks handouts) loads just after the first paint, and each comes
 * back as the consult kept by the last window left it (hot exit, see consult-draft/): a click that
 * needs a session waits for that, so nothing the user does is overwritten by the kept consult.
 */
import type { KbLookup } from '../../../core/kb/kb-lookup';
import type { KnowledgeBase } from '../../../core/kb/knowledge-base';
import type { AppApi } from '../../../shared/app-api';
import { CONSULT_RESTORED_MARK } from '../../../shared/boot-marks';
import type { KeptHandout } from '../../../shared/consult-draft';
import type { HandoutSession } from '../../handout/handout-session.svelte';
import type { TriageSession } from '../../triage/triage-session.svelte';
import { ConsultDraftKeeper } from '../consult-draft/consult-draft-keeper.svelte';
import type { NotificationTone } from '../notifications.svelte';
import { LazyPart } from './lazy-part.svelte';

export type { HandoutSession, TriageSession };

export interface WorkbenchSessions {
  readonly triage: LazyPart<TriageSession>;
  readonly handout: LazyPart<HandoutSession>;
}

interface SessionDeps {
  knowledgeBase: KnowledgeBase;
  lookup: KbLookup;
  appApi: AppApi;
  notify: (message: string, tone: NotificationTone) => void;
}

/** A kept handout as the builder should show it: a saved one is read from the saved handouts. */
async function keptHandout(appApi: AppApi, kept: KeptHandout | undefined) {
  if (kept?.state === 'unsaved') return kept.handout;
  if (kept?.state !== 'saved') return undefined;
  // Deleted since (or damaged, which the Handout view reports): the builder starts blank.
  const { files } = await appApi.listUserFiles('handout');
  return files.find((file) => file.id === kept.handoutId);
}

export function createSessions(deps: SessionDeps) {
  const keeper = new ConsultDraftKeeper({ appApi: deps.appApi, notify: deps.notify });
  const sessions = {
    triage: new LazyPart('body map', async () => {
      const [{ TriageSession }, kept] = await Promise.all([
        import('../../triage/triage-session.svelte'),
        keeper.read(),
      ]);
      const session = new TriageSession(deps.knowledgeBase);
      if (kept?.triage) session.restoreKept(kept.triage);
      return { default: session };
    }),
    handout: new LazyPart('handout', async () => {
      const [{ HandoutSession }, kept] = await Promise.all([
        import('../../handout/handout-session.svelte'),
        keeper.read(),
      ]);
      const session = new HandoutSession({ lookup: deps.lookup, appApi: deps.appApi });
      const handout = await keptHandout(deps.appApi, kept?.handout);
      if (handout && kept?.handout) session.restoreKept(handout, kept.handout.state);
      return { default: session };
    }),
  } satisfies WorkbenchSessions;

  /**
   * Loads both sessions and keeps the consult from then on (until the returned function is
   * called, when a change not yet written is written at once).
   */
  function keepConsult(): () => void {
    let stop: (() => void) | undefined;
    let stopped = false;
    void Promise.all([sessions.handout.load(), sessions.triage.load(), keeper.read()]).then(([, , kept]) => {
      const handout = sessions.handout.value;
      const triage = sessions.triage.value;
      if (stopped || !handout || !triage) return;
      // What the start-up benchmark reads for a window with a kept consult.
      performance.mark(CONSULT_RESTORED_MARK);
      stop = keeper.watch(() => ({ handout: handout.kept, triage: triage.kept }), {
        handout: kept?.handout,
        triage: kept?.triage,
      });
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }

  return { ...sessions, keepConsult };
}
