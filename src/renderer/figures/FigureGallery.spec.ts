import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../core/kb/schema';
import FigureGallery from './FigureGallery.svelte';
import { parse } from 'yaml';
import { exerciseFigureSchema } from '../../core/kb/figure-schema';
import gluteBridgeYaml from '../../../data/figures/glute-bridge.yaml?raw';
import clamshellYaml from '../../../data/figures/clamshell.yaml?raw';
import stepUpYaml from '../../../data/figures/step-up.yaml?raw';

/** Real figure files from data/ (as text, through Vite's ?raw import). */
const FILES: Record<string, string> = {
  'glute-bridge': gluteBridgeYaml,
  clamshell: clamshellYaml,
  'step-up': stepUpYaml,
};
const loadFigure = (id: string) => exerciseFigureSchema.parse(parse(FILES[id]!));

const figures = ['glute-bridge', 'clamshell', 'step-up'].map(loadFigure);
const exercises = [
  { id: 'glute-bridge', name: 'Glute bridge' },
  { id: 'clamshell', name: 'Clamshell' },
  { id: 'step-up', name: 'Step-up' },
] as Exercise[];

describe('FigureGallery', () => {
  // A sweep of the whole knowledge base: seconds in jsdom on two busy cores.
  it('shows every exercise with its start and end pose and its name', { timeout: 30_000 }, () => {
    render(FigureGallery, { exercises, figures });
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[1]!).getByText('Clamshell')).toBeTruthy();
    expect(within(items[1]!).getByRole('img', { name: 'Clamshell: start' })).toBeTruthy();
    expect(within(items[1]!).getByRole('img', { name: 'Clamshell: end' })).toBeTruthy();
  });

  it('switches every figure to the other working side', { timeout: 30_000 }, async () => {
    render(FigureGallery, { exercises, figures });
    const before = screen.getByRole('img', { name: 'Step-up: start' }).getAttribute('viewBox');
    await fireEvent.click(screen.getByRole('button', { name: 'Left side' }));
    expect(screen.getByRole('button', { name: 'Left side' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('img', { name: 'Step-up: start' }).getAttribute('viewBox')).not.toBe(before);
  });
});
