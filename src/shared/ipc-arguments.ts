import { z } from 'zod';
import type { IpcChannel } from './ipc-channels';
import { pdfBytesSchema, pdfFileNameSchema } from './pdf-file-schema';
import { settingsSchema } from './settings-schema';
import { userDocumentFormat, userDocumentIdSchema, userDocumentKindSchema } from './user-documents';
import { workbenchLayoutSchema } from './workbench-layout-schema';

/**
 * A kind and a document of that kind. Checked in two steps so that a bad document is reported by
 * its own field paths (`1.exercises.0.sets: …`) rather than as "matches no alternative".
 */
const documentOfKind = z.tuple([userDocumentKindSchema, z.unknown()]).transform(([kind, document], ctx) => {
  const parsed = userDocumentFormat(kind).schema.safeParse(document);
  if (parsed.success) return [kind, parsed.data];
  for (const issue of parsed.error.issues)
    ctx.addIssue({ code: 'custom', path: [1, ...issue.path], message: issue.message });
  return z.NEVER;
});

/**
 * The arguments each channel accepts, validated in the main process before any handler runs.
 * Everything arriving from the renderer is untrusted until it passes here.
 */
export const IPC_ARGUMENTS = {
  'app:info': z.tuple([]),
  'settings:load': z.tuple([]),
  'settings:save': z.tuple([settingsSchema]),
  'layout:load': z.tuple([]),
  'layout:save': z.tuple([workbenchLayoutSchema]),
  'documents:list': z.tuple([userDocumentKindSchema]),
  'documents:save': documentOfKind,
  'documents:delete': z.tuple([userDocumentKindSchema, userDocumentIdSchema]),
  'pdf:save': z.tuple([pdfBytesSchema, pdfFileNameSchema]),
  'app:print': z.tuple([]),
} as const satisfies Record<IpcChannel, z.ZodType<unknown[]>>;
