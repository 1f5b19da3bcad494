/**
 * The user's changes to the settings, laid onto the settings read from storage. A window starts
 * before its saved settings arrive, and the user may change one (a theme, the clinic's name) in
 * between: what they changed is kept, and everything they did not touch (the clinic's address and
 * logo, say) comes from the saved settings, never from the defaults the window started with.
 */
type Plain = Record<string, unknown>;
const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `saved` with every value that differs between `before` and `after` (field by field, at any depth) taken from `after`. */
export function withChanges<T>(saved: T, before: T, after: T): T {
  if (isPlain(saved) && isPlain(before) && isPlain(after)) {
    const merged: Plain = { ...saved };
    for (const key of Object.keys(after)) merged[key] = withChanges(saved[key], before[key], after[key]);
    return merged as T;
  }
  return Object.is(before, after) ? saved : after;
}
