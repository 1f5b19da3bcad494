/**
 * An id or a closed-vocabulary word as words for the screen, when there is no name to show:
 * "lying-on-back" → "Lying on back". The one way the app turns ids into words (pages, the
 * Library, breadcrumbs, search filters and figure titles all use it).
 */
export function humanise(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
