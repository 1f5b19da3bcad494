import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FigureThumbnail from './FigureThumbnail.svelte';
import { parse } from 'yaml';
import { exerciseFigureSchema } from '../../core/kb/figure-schema';
import clamshellYaml from '../../../data/figures/clamshell.yaml?raw';

/** Real figure files from data/ (as text, through Vite's ?raw import). */
const FILES: Record<string, string> = { 'clamshell': clamshellYaml };
const loadFigure = (id: string) => exerciseFigureSchema.parse(parse(FILES[id]!));

const clamshell = loadFigure('clamshell');

describe('FigureThumbnail', () => {
  it('draws the start pose small, hidden from assistive technology by default', () => {
    const { container } = render(FigureThumbnail, { figure: clamshell });
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('height')).toBe('72');
    expect(svg.querySelector('title')).toBeNull();
    expect(svg.querySelectorAll('path').length).toBeGreaterThan(10);
  });

  it('is a named image when given a title, in a 4:3 frame', () => {
    render(FigureThumbnail, { figure: clamshell, title: 'Clamshell', size: 90 });
    const image = screen.getByRole('img', { name: 'Clamshell' });
    expect(image.getAttribute('width')).toBe('120');
  });
});
