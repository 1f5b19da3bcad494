import { dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import type { AskWhereToSave } from './save-pdf';

/** The system's save dialog, attached to our window so it stays in front of it. */
export function nativeSaveDialog(parentWindow: () => BrowserWindow | undefined): AskWhereToSave {
  return async (defaultPath) => {
    const options: SaveDialogOptions = {
      title: 'Save handout as PDF',
      defaultPath,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    };
    const window = parentWindow();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? undefined : result.filePath;
  };
}
