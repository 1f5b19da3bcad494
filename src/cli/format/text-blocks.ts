/** Small helpers for readable terminal output: headings, wrapped paragraphs and bullet lists. */
export const WIDTH = 96;

export function wrap(text: string, indent = '', width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

export function heading(title: string): string[] {
  return ['', title.toUpperCase()];
}

export function bullets(items: readonly string[], marker = '•'): string[] {
  return items.flatMap((item) => {
    const [first = '', ...rest] = wrap(item, '    ');
    return [`  ${marker} ${first.trimStart()}`, ...rest];
  });
}

export function numbered(items: readonly string[]): string[] {
  return items.flatMap((item, i) => {
    const [first = '', ...rest] = wrap(item, '     ');
    return [`  ${String(i + 1).padStart(2)}. ${first.trimStart()}`, ...rest];
  });
}

export function field(label: string, value: string): string[] {
  return wrap(`${label}: ${value}`, '  ');
}
