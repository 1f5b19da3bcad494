/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:knowledge-base' {
  import type { KnowledgeBase } from '../core/kb/knowledge-base';
  const knowledgeBase: KnowledgeBase;
  export default knowledgeBase;
}

declare module '$platform' {
  import type { AppApi } from '../shared/app-api';
  export const appApi: AppApi;
}
