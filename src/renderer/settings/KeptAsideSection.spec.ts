import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { KeptAsideFile } from '../../shared/kept-aside';
import KeptAsideSection from './KeptAsideSection.svelte';

const DAMAGED: KeptAsideFile = {
  id: 'handouts/damaged/0d8f7a62.2026-11-22T10-00-00-000Z.json',
  what: 'handout',
  reason: 'damaged',
  location: '/data/handouts/damaged/0d8f7a62.2026-11-22T10-00-00-000Z.json',
};
const NEWER: KeptAsideFile = {
  id: 'settings.json',
  what: 'settings',
  reason: 'newer',
  location: '/data/settings.json',
};

function setup(files: KeptAsideFile[], confirm = true) {
  let kept = [...files];
  const appApi = {
    listKeptAside: vi.fn(async () => kept),
    deleteKeptAside: vi.fn(async (id: string) => {
      kept = kept.filter((k) => k.id !== id);
    }),
  };
  render(KeptAsideSection, { appApi, confirmDelete: () => confirm });
  return appApi;
}

describe('the recovery list in Settings', () => {
  it('lists every file kept aside with why and where', async () => {
    setup([DAMAGED, NEWER]);
    expect(await screen.findByText(/Damaged: it could not be read, so it was moved aside/)).toBeTruthy();
    expect(screen.getByText(/From a newer version of Stride Atlas: left where it is/)).toBeTruthy();
    expect(screen.getByText(DAMAGED.location)).toBeTruthy();
    expect(screen.getByText(NEWER.location)).toBeTruthy();
  });

  it('says when nothing was kept aside', async () => {
    setup([]);
    expect(await screen.findByText('None: every saved file could be read.')).toBeTruthy();
  });

  it('deletes one only when the user confirms, then lists again', async () => {
    const refused = setup([DAMAGED], false);
    await screen.findByText(DAMAGED.location);
    await fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(refused.deleteKeptAside).not.toHaveBeenCalled();
    document.body.innerHTML = '';

    const agreed = setup([DAMAGED]);
    await screen.findByText(DAMAGED.location);
    await fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(agreed.deleteKeptAside).toHaveBeenCalledWith(DAMAGED.id);
    expect(await screen.findByText('None: every saved file could be read.')).toBeTruthy();
  });
});
