/** An id as words for the screen when there is no name to show: "lying-on-back" → "Lying on back". */
export function humanise(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
