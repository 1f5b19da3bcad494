import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ActivityBar from './ActivityBar.svelte';
import { VIEWS as views } from './registry/contributions.svelte';

describe('ActivityBar', () => {
  it('offers every view as a named button and marks the active one', () => {
    render(ActivityBar, { views, activeView: 'search', sideBarVisible: true, onselect: vi.fn() });
    for (const name of ['Library', 'Search', 'Body map', 'Handout', 'Settings']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(screen.getByRole('button', { name: 'Search' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Library' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('marks nothing active while the side bar is hidden', () => {
    render(ActivityBar, { views, activeView: 'search', sideBarVisible: false, onselect: vi.fn() });
    expect(screen.getAllByRole('button').filter((b) => b.getAttribute('aria-pressed') === 'true')).toHaveLength(0);
  });

  it('reports the chosen view', async () => {
    const onselect = vi.fn();
    render(ActivityBar, { views, activeView: 'library', sideBarVisible: true, onselect });
    await fireEvent.click(screen.getByRole('button', { name: 'Body map' }));
    expect(onselect).toHaveBeenCalledWith('body-map');
  });
});
