import type { AppApi, AppApiMethod } from '../../shared/app-api';
import { IPC_ARGUMENTS } from '../../shared/ipc-arguments';
import { IPC_CHANNELS } from '../../shared/ipc-channels';
import type { IpcSenderInfo } from './trusted-sender';

/** What the main process implements: every AppApi method that travels over IPC. */
export type IpcServices = Pick<AppApi, AppApiMethod>;

export interface IpcRegistrar {
  handle(channel: string, listener: (event: IpcSenderInfo, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * The one gate every IPC call passes: the sender must be trusted and the arguments must match the
 * channel's schema, or the call is rejected before any service code runs.
 */
export function registerIpcHandlers(
  ipc: IpcRegistrar,
  isTrusted: (event: IpcSenderInfo) => boolean,
  services: IpcServices,
): void {
  for (const [method, channel] of Object.entries(IPC_CHANNELS) as [AppApiMethod, keyof typeof IPC_ARGUMENTS][]) {
    ipc.handle(channel, async (event, ...args) => {
      if (!isTrusted(event)) throw new Error(`${channel}: rejected, the sender is not the Stride Atlas window`);
      const parsed = IPC_ARGUMENTS[channel].safeParse(args);
      if (!parsed.success) {
        const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(arguments)'}: ${i.message}`).join('; ');
        throw new Error(`${channel}: invalid arguments (${detail})`);
      }
      const call = services[method] as (...a: unknown[]) => Promise<unknown>;
      return call(...(parsed.data as unknown[]));
    });
  }
}
