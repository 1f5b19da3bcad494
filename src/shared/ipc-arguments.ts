import { z } from 'zod';
import type { IpcChannel } from './ipc-channels';
import { settingsSchema } from './settings';
import { workbenchLayoutSchema } from './workbench-layout';

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
  'app:print': z.tuple([]),
} as const satisfies Record<IpcChannel, z.ZodType<unknown[]>>;
