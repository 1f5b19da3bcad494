import { mount } from 'svelte';
import { appApi } from '$platform';
import App from './App.svelte';
import { showBootError, showLoadingAfter } from './boot/boot-screen';
import { bootAssetUrls, BootError, loadKnowledge } from './boot/load-knowledge';
import './styles/themes.css';
import './styles/base.css';

/** Start-up is usually quicker than this; only a slower one shows "Loading…". */
const LOADING_DELAY_MS = 100;

// Where start-up time is counted from (the boot benchmark reads it): imports loaded, our code begins.
performance.mark('stride-atlas:renderer-start');
const target = document.getElementById('app')!;
const loading = showLoadingAfter(target, LOADING_DELAY_MS);
try {
  const { knowledgeBase, searchEngine } = await loadKnowledge(bootAssetUrls(document));
  loading.dismiss();
  mount(App, { target, props: { appApi, knowledgeBase, searchEngine } });
} catch (error) {
  loading.dismiss();
  showBootError(target, error instanceof BootError ? error.message : `Something went wrong while starting: ${String(error)}`);
  throw error;
}
