/**
 * The outcome of reading one stored user file or record. A damaged record is never silently
 * replaced: it is moved aside (`keptAs` says where) and reported to the user.
 */
export type Loaded<T> =
  { status: 'ok'; value: T } | { status: 'missing' } | { status: 'damaged'; message: string; keptAs: string };
