import { z } from 'zod';
import type { IpcChannel } from './ipc-channels';
import { keptAsideIdSchema } from './kept-aside';
import { pdfBytesSchema, pdfFileNameSchema } from './pdf-file-schema';
import { settingsSchema } from './settings-schema';
import { userFileFormat, userFileIdSchema, userFileKindSchema } from './user-files';
import { workbenchLayoutSchema } from './workbench-layout-schema';

/**
 * A kind and a file of that kind. Checked in two steps so that a bad file is reported by
 * its own field paths (`1.exercises.0.sets: …`) rather than as "matches no alternative".
 */
const userFileOfKind = z.tuple([userFileKindSchema, z.unknown()]).transform(([kind, file], ctx) => {
  const parsed = userFileFormat(kind).schema.safeParse(file);
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
  'user-files:list': z.tuple([userFileKindSchema]),
  'user-files:save': userFileOfKind,
  'user-files:delete': z.tuple([userFileKindSchema, userFileIdSchema]),
  'kept-aside:list': z.tuple([]),
  'kept-aside:delete': z.tuple([keptAsideIdSchema]),
  'pdf:save': z.tuple([pdfBytesSchema, pdfFileNameSchema]),
  'app:print': z.tuple([]),
} as const satisfies Record<IpcChannel, z.ZodType<unknown[]>>;
