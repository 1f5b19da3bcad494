/// <reference types="svelte" />
/// <reference types="vite/client" />

// Ambient module declarations cannot import by relative path, so the types are referenced inline.
declare module 'virtual:knowledge-base' {
  const knowledgeBase: import('../core/kb/knowledge-base').KnowledgeBase;
  export default knowledgeBase;
}

declare module '$platform' {
  export const appApi: import('../shared/app-api').AppApi;
}
