import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import SelectedRegions from './SelectedRegions.svelte';

function setup() {
  const onremove = vi.fn();
  const onrole = vi.fn();
  render(SelectedRegions, {
    regions: knowledgeBase.regions,
    selection: [
      { region: 'anterior-thigh', side: 'right', role: 'spread' },
      { region: 'groin', side: 'right', role: 'main' },
    ],
    onremove,
    onrole,
  });
  return { onremove, onrole, list: screen.getByRole('list') };
}

describe('SelectedRegions', () => {
  it('lists the main pain first, each with its role, by the patient’s side', () => {
    const { list } = setup();
    const items = within(list).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Right groin');
    expect(items[1]!.textContent).toContain('Right anterior thigh');
    expect((screen.getByRole('combobox', { name: /Right anterior thigh/ }) as HTMLSelectElement).value).toBe('spread');
    expect(screen.getByRole('heading', { name: /Marked areas\s*2/ })).toBeTruthy();
  });

  it('removes a region and changes its role', async () => {
    const { onremove, onrole } = setup();
    await fireEvent.click(screen.getByRole('button', { name: 'Remove Right groin' }));
    expect(onremove).toHaveBeenCalledWith('groin', 'right');
    await fireEvent.change(screen.getByRole('combobox', { name: /Right anterior thigh/ }), {
      target: { value: 'main' },
    });
    expect(onrole).toHaveBeenCalledWith('anterior-thigh', 'right', 'main');
  });

  it('says so when nothing is marked', () => {
    render(SelectedRegions, { regions: knowledgeBase.regions, selection: [], onremove: vi.fn(), onrole: vi.fn() });
    expect(screen.getByText(/Nothing marked yet/)).toBeTruthy();
  });
});
