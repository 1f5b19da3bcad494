// The boot script (also loaded on its own by index.html, first): the data files are already on their way.
import { dataFilesLoading } from './boot/data-request';
import { mount } from 'svelte';
import { appApi } from '$platform';
import App from './App.svelte';
import { showBootError, showLoadingAfter } from './boot/boot-screen';
import { BootError } from './boot/fetch-data-files';
import { loadKnowledge } from './boot/load-knowledge';
import { RENDERER_START_MARK } from '../shared/boot-marks';
import { loadSavedWindowState } from './workbench/window-state/saved-window-state';
import './styles/themes.css';
import './styles/base.css';

/** Start-up is usually quicker than this; only a slower one shows "Loading…". */
const LOADING_DELAY_MS = 100;

// Where start-up time is counted from (the boot benchmark reads it): imports loaded, our code begins.
performance.mark(RENDERER_START_MARK);
// Asked for now, while the knowledge base is still coming in: see loadSavedWindowState.
const savedState = loadSavedWindowState(appApi);
const target = document.getElementById('app')!;
const loading = showLoadingAfter(target, LOADING_DELAY_MS);
try {
  const { knowledgeBase, searchEngine } = loadKnowledge(await dataFilesLoading);
  loading.dismiss();
  mount(App, { target, props: { appApi, knowledgeBase, searchEngine, savedState } });
} catch (error) {
  loading.dismiss();
  showBootError(
    target,
    error instanceof BootError ? error.message : `Something went wrong while starting: ${String(error)}`,
  );
  throw error;
}
