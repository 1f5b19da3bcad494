import { render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import FigureThumbnail from './FigureThumbnail.svelte';
import { parse } from 'yaml';
import { exerciseFigureSchema } from '../../core/kb/figure-schema';
import clamshellYaml from '../../../data/figures/clamshell.yaml?raw';
import { loadedThumbnailImages, loadThumbnailImages } from './thumbnail-loader';

const clamshell = exerciseFigureSchema.parse(parse(clamshellYaml));

describe('FigureThumbnail before the drawing code has loaded', () => {
  it("holds the picture's place at its size, then draws it once the code is in", async () => {
    expect(loadedThumbnailImages()).toBeUndefined();
    const { container } = render(FigureThumbnail, { figure: clamshell, size: 90 });
    const frame = container.querySelector<HTMLElement>('.figure-thumbnail')!;
    expect(frame.childElementCount).toBe(0);
    expect(frame.style.width).toBe('120px');
    expect(frame.style.aspectRatio).toMatch(/^1\.33/);
    await loadThumbnailImages();
    expect(frame.querySelector('svg')?.getAttribute('width')).toBe('120');
  });
});

describe('FigureThumbnail', () => {
  beforeAll(() => loadThumbnailImages());

  it('draws the start pose small, hidden from assistive technology by default', () => {
    const { container } = render(FigureThumbnail, { figure: clamshell });
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('height')).toBe('72');
    expect(svg.querySelectorAll('path').length).toBeGreaterThan(10);
  });

  it('is a named image when given a title, in a 4:3 frame', () => {
    render(FigureThumbnail, { figure: clamshell, title: 'Clamshell', size: 90 });
    const image = screen.getByRole('img', { name: 'Clamshell' });
    expect(image.getAttribute('width')).toBe('120');
    expect(image.hasAttribute('aria-hidden')).toBe(false);
  });

  it('shows its own copy of the drawing, which follows the theme', async () => {
    const first = render(FigureThumbnail, { figure: clamshell, theme: 'light' });
    const second = render(FigureThumbnail, { figure: clamshell, theme: 'light' }).container.querySelector('svg')!;
    const svg = first.container.querySelector('svg')!;
    expect(second).not.toBe(svg);
    expect(second.isEqualNode(svg)).toBe(true);
    const fills = (s: SVGSVGElement) => [...s.querySelectorAll('path')].map((p) => p.getAttribute('fill')).join();
    const light = fills(svg);
    await first.rerender({ figure: clamshell, theme: 'dark' });
    expect(fills(first.container.querySelector('svg')!)).not.toBe(light);
  });
});
