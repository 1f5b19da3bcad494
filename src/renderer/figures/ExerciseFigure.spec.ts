import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ExerciseFigure from './ExerciseFigure.svelte';
import { parse } from 'yaml';
import { exerciseFigureSchema } from '../../core/kb/figure-schema';
import gluteBridgeYaml from '../../../data/figures/glute-bridge.yaml?raw';
import stepUpYaml from '../../../data/figures/step-up.yaml?raw';

/** Real figure files from data/ (as text, through Vite's ?raw import). */
const FILES: Record<string, string> = { 'glute-bridge': gluteBridgeYaml, 'step-up': stepUpYaml };
const loadFigure = (id: string) => exerciseFigureSchema.parse(parse(FILES[id]!));

const bridge = loadFigure('glute-bridge');
const stepUp = loadFigure('step-up');
const realMatchMedia = window.matchMedia;

function reduceMotion(on: boolean): void {
  window.matchMedia = vi.fn(
    (query: string) =>
      ({
        ...realMatchMedia(query),
        matches: on && query.includes('reduced-motion'),
        addEventListener: () => {},
      }) as MediaQueryList,
  );
}

afterEach(() => {
  window.matchMedia = realMatchMedia;
});

describe('ExerciseFigure', () => {
  it('is an image named after the exercise, described, and drawn without style attributes', () => {
    render(ExerciseFigure, { figure: bridge, title: 'Glute bridge' });
    const image = screen.getByRole('img', { name: 'Glute bridge' });
    expect(image.querySelector('desc')?.textContent).toMatch(/Seen from the side/);
    expect(image.querySelectorAll('path').length).toBeGreaterThan(15);
    expect(image.querySelector('[style]')).toBeNull();
  });

  it('animates on its own, and play/pause stops and restarts it', async () => {
    reduceMotion(false);
    render(ExerciseFigure, { figure: bridge, title: 'Glute bridge' });
    const pause = screen.getByRole('button', { name: 'Pause animation' });
    expect(pause.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(pause);
    expect(screen.getByRole('button', { name: 'Play animation' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('does not move by itself when the OS asks for reduced motion', () => {
    reduceMotion(true);
    render(ExerciseFigure, { figure: bridge, title: 'Glute bridge' });
    expect(screen.getByRole('button', { name: 'Play animation' })).toBeTruthy();
    expect(screen.getByText('1 of 2').parentElement?.textContent).toContain('Lying on your back');
  });

  it('steps through the key poses with named buttons, and back round', async () => {
    reduceMotion(true);
    render(ExerciseFigure, { figure: stepUp, title: 'Step-up' });
    const next = screen.getByRole('button', { name: 'Next position' });
    const before = screen.getByRole('img').innerHTML;
    await fireEvent.click(next);
    expect(screen.getByText('2 of 3').parentElement?.textContent).toContain(stepUp.poses[1]!.label);
    expect(screen.getByRole('img').innerHTML).not.toBe(before);
    await fireEvent.click(screen.getByRole('button', { name: 'Previous position' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Previous position' }));
    expect(screen.getByText('3 of 3')).toBeTruthy();
  });

  it('draws the working side asked for as a mirror image', () => {
    reduceMotion(true);
    const { container: right } = render(ExerciseFigure, { figure: stepUp, title: 'Step-up', side: 'right' });
    const { container: left } = render(ExerciseFigure, { figure: stepUp, title: 'Step-up', side: 'left' });
    const box = (c: HTMLElement) => c.querySelector('svg')!.getAttribute('viewBox')!.split(' ').map(Number);
    const [rx, , rw] = box(right);
    const [lx] = box(left);
    expect(lx).toBeCloseTo(-(rx! + rw!), 0);
    expect(left.querySelector('desc')?.textContent).toContain('left side working');
  });
});
