/**
 * Why a stored file or record was not read. `damaged`: it could not be read, and was moved aside.
 * `unreadable`: it could not even be opened (permissions, a disk error), so it was left where it
 * is. `newer`: a newer version of Stride Atlas saved it; it is not damaged, so it is left where it
 * is, skipped and reported, and opens again once the app is updated.
 */
export type KeptAsideReason = 'damaged' | 'unreadable' | 'newer';

/**
 * The outcome of reading one stored user file or record. A damaged record is never silently
 * replaced: it is moved aside or left in place (`keptAs` says where) and reported to the user.
 */
export type Loaded<T> =
  | { status: 'ok'; value: T }
  | { status: 'missing' }
  | { status: 'damaged'; reason: KeptAsideReason; message: string; keptAs: string };
