import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import Icon from './Icon.svelte';
import { ICONS, type IconName } from './icons';

describe('icons', () => {
  it('begin every subpath with an absolute move-to, so joining them into one path draws the same lines', () => {
    const relative = Object.entries(ICONS).flatMap(([name, subpaths]) =>
      subpaths.filter((d) => !/^M\s*[\d.-]/.test(d)).map((d) => `${name}: ${d}`),
    );
    expect(relative).toEqual([]);
  });

  it('draw an icon as one decorative path with all its subpaths, at the size asked for', () => {
    const name: IconName = 'handout';
    const { container } = render(Icon, { props: { name, size: 16 } });
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('width')).toBe('16');
    const paths = svg.querySelectorAll('path');
    expect(paths).toHaveLength(1);
    expect(paths[0]!.getAttribute('d')).toBe(ICONS.handout.join(' '));
  });
});
