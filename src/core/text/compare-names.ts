/**
 * Alphabetical order for the names the app lists (the Library tree, the welcome page's
 * shortcuts, the command palette): letters compared case-insensitively, ties broken by case.
 *
 * Not `Intl.Collator` or `localeCompare`: the first collator a window creates loads ICU's
 * collation data, about 15 ms of start-up on the 2-core machine the app is measured on, for
 * lists of English names we wrote. A test sorts every knowledge-base name and command title both
 * ways and checks that the orders agree, so a name that would sort differently is caught.
 */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
