/** The parts of an IPC event that say who sent it (a subset of Electron's IpcMainInvokeEvent). */
export interface IpcSenderInfo {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
}

/**
 * Only our own window's top frame, showing our own origin, may call the AppApi: not a sub-frame,
 * not another window, not a page that somehow navigated elsewhere.
 */
export function isTrustedSender(
  event: IpcSenderInfo,
  expectedWebContentsId: number | undefined,
  isOwnOrigin: (url: string) => boolean,
): boolean {
  const frame = event.senderFrame;
  return (
    expectedWebContentsId !== undefined &&
    event.sender.id === expectedWebContentsId &&
    frame !== null &&
    frame.parent === null &&
    isOwnOrigin(frame.url)
  );
}
