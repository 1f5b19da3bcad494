import type { AboutPanelOptionsOptions } from 'electron';

/** data/meta.yaml's fields: which edition of the knowledge base the app carries. */
export interface KnowledgeBaseMeta {
  version: string;
  updated: string;
}

/**
 * Help › About (the app menu on macOS). Both versions go in `applicationVersion`, the one line every
 * platform's panel shows: a physio reporting a wrong fact needs to say which knowledge base it came
 * from as much as which app.
 */
export function aboutPanelOptions(appVersion: string, knowledgeBase: KnowledgeBaseMeta): AboutPanelOptionsOptions {
  return {
    applicationName: 'Stride Atlas',
    applicationVersion: `${appVersion} (knowledge base ${knowledgeBase.version}, ${knowledgeBase.updated})`,
    copyright: 'Offline reference for physiotherapists treating runners with hip pain.',
  };
}
