/**
 * A patient as a list shows them: initials only, so a screen seen by the next patient gives
 * little away. "Zoë Çelik" → "Z. Ç."; "JS" (already initials) stays "JS"; no name → "".
 */
export function patientInitials(name: string): string {
  const words = name
    .normalize('NFC')
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length === 1 && words[0]!.length <= 3 && words[0] === words[0]!.toUpperCase()) return words[0];
  return words.map((w) => `${[...w][0]!.toUpperCase()}.`).join(' ');
}
