/** Performance marks the renderer sets while starting; the benchmarks and tests read them. */

/** The boot script (src/renderer/boot/data-request.ts) asks for the data files. */
export const DATA_REQUEST_MARK = 'stride-atlas:data-request';

/** main.ts: the renderer's own code begins (its imports are loaded and evaluated). */
export const RENDERER_START_MARK = 'stride-atlas:renderer-start';

/** The search index is imported and answers queries. */
export const SEARCH_READY_MARK = 'stride-atlas:search-ready';

/** The workbench is painted and takes keys. */
export const INTERACTIVE_MARK = 'stride-atlas:interactive';

/** The consult the last window kept is back in the handout and body-map sessions (hot exit). */
export const CONSULT_RESTORED_MARK = 'stride-atlas:consult-restored';
