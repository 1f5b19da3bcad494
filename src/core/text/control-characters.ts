/**
 * Characters that are never text a person means: C0 and C1 controls (a terminal runs escape
 * sequences from them), DEL, and the invisible direction controls (a right-to-left override makes a
 * name read backwards in a terminal or a PDF). Tab, line feed and carriage return are handled by the
 * callers, which know whether their text may have lines.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this module's job
const NEVER_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A whole terminal escape sequence (colour, cursor, title), removed as one so no "[31m" is left. */
// eslint-disable-next-line no-control-regex -- an escape sequence begins with the ESC control character
const ESCAPE_SEQUENCE = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?)/g;

/** Text with several lines (notes): control characters removed, line breaks and tabs kept. */
export function withoutControlCharacters(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(NEVER_TEXT, '');
}

/** A one-line value (a name, a clinic): control characters removed, line breaks and tabs made spaces. */
export function singleLine(text: string): string {
  return withoutControlCharacters(text).replace(/[\t\r\n]+/g, ' ');
}
