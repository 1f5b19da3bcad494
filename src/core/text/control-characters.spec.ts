import { describe, expect, it } from 'vitest';
import { singleLine, withoutControlCharacters } from './control-characters';

describe('control characters', () => {
  it('removes terminal escape sequences whole, and direction overrides, from a name', () => {
    expect(singleLine('\u001b[31mAnna\u001b[0m \u202eSmith\u202c')).toBe('Anna Smith');
    expect(singleLine('\u001b]0;pwned\u0007Ben')).toBe('Ben');
    expect(singleLine('Chloé\u0000\u0007\u009b')).toBe('Chloé');
  });

  it('makes line breaks in a one-line value spaces, so a name cannot add a line to the PDF', () => {
    expect(singleLine('Anna\nSmith\r\n\tJr')).toBe('Anna Smith Jr');
  });

  it('keeps the lines, tabs and every letter of text that may have lines', () => {
    expect(withoutControlCharacters('Week 1:\n\tRun 2 km\u001b[2J\nمرحبا 你好 😀')).toBe(
      'Week 1:\n\tRun 2 km\nمرحبا 你好 😀',
    );
  });
});
