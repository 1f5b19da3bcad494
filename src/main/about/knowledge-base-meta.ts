import type { KnowledgeBaseMeta } from './about-panel';

/** Replaced at build time by electron.vite.config.ts with data/meta.yaml's version and date. */
declare const __KNOWLEDGE_BASE_META__: KnowledgeBaseMeta;

/**
 * The knowledge base's version, compiled into the main process: the packaged app has no data/
 * folder, and the renderer's copy (its knowledge-base JSON) is megabytes to read for two fields.
 */
export const KNOWLEDGE_BASE_META: KnowledgeBaseMeta = __KNOWLEDGE_BASE_META__;
