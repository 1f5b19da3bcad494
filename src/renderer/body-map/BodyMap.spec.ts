import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import knowledgeBase from 'virtual:knowledge-base';
import type { BodyRegionId, BodyView, Side } from '../../core/kb/vocabulary';
import type { RegionSelection } from '../../core/triage';
import BodyMap from './BodyMap.svelte';

function setup(view: BodyView = 'front', selection: RegionSelection[] = []) {
  const ontoggle = vi.fn<(region: BodyRegionId, side: Side) => void>();
  const utils = render(BodyMap, { regions: knowledgeBase.regions, selection, view, ontoggle });
  return { ontoggle, ...utils, map: () => screen.getByRole('group', { name: /^Body map, / }) };
}

const region = (name: string) => screen.getByRole('checkbox', { name });

describe('BodyMap', () => {
  it('offers every region of the view as a named checkbox, by the patient’s side, from the knowledge base', () => {
    const { map } = setup('front');
    const names = within(map())
      .getAllByRole('checkbox')
      .map((el) => el.getAttribute('aria-label'));
    expect(names).toContain('Left lateral hip (greater trochanter)');
    expect(names).toContain('Right lateral hip (greater trochanter)');
    expect(names).toContain('Left deep hip joint');
    const expected = knowledgeBase.regions.filter((r) => r.views.includes('front')).length * 2;
    expect(names).toHaveLength(expected);
    expect(screen.getByText(/Patient’s left and right, as you face them/)).toBeTruthy();
  });

  it('names left and right alike: every left region has a right twin with the same words', () => {
    for (const view of ['front', 'back', 'side'] as const) {
      const { map, unmount } = setup(view);
      const names = within(map())
        .getAllByRole('checkbox')
        .map((el) => el.getAttribute('aria-label')!);
      const left = names
        .filter((n) => n.startsWith('Left '))
        .map((n) => n.slice(5))
        .sort();
      const right = names
        .filter((n) => n.startsWith('Right '))
        .map((n) => n.slice(6))
        .sort();
      expect(left.length, view).toBeGreaterThan(0);
      expect(left, view).toEqual(right);
      unmount();
    }
  });

  it('toggles a region with a click, and shows the selection as checked', async () => {
    const { ontoggle, rerender } = setup('front');
    await fireEvent.click(region('Right groin'));
    expect(ontoggle).toHaveBeenCalledWith('groin', 'right');
    await rerender({ selection: [{ region: 'groin', side: 'right', role: 'main' }] });
    expect(region('Right groin').getAttribute('aria-checked')).toBe('true');
    expect(region('Left groin').getAttribute('aria-checked')).toBe('false');
  });

  it('says which selected regions are the main pain and which are where it spreads', () => {
    setup('front', [
      { region: 'groin', side: 'right', role: 'main' },
      { region: 'anterior-thigh', side: 'right', role: 'spread' },
    ]);
    const description = (name: string) =>
      document.getElementById(region(name).getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent;
    expect(description('Right groin')).toBe('Main pain');
    expect(description('Right anterior thigh')).toBe('Pain spreads here');
    expect(region('Left groin').hasAttribute('aria-describedby')).toBe(false);
  });

  it('is one tab stop; arrow keys move across the picture and Space or Enter toggles', async () => {
    const { ontoggle } = setup('front');
    const tabStops = () => screen.getAllByRole('checkbox').filter((el) => el.getAttribute('tabindex') === '0');
    expect(tabStops()).toHaveLength(1);

    region('Right lateral hip (greater trochanter)').focus();
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(region('Right anterior hip'));
    region('Right anterior thigh').focus();
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(region('Right anterior knee'));
    await fireEvent.keyDown(document.activeElement!, { key: ' ' });
    expect(ontoggle).toHaveBeenLastCalledWith('anterior-knee', 'right');
    await fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(ontoggle).toHaveBeenCalledTimes(2);
    // Tab comes back to the region last focused.
    expect(tabStops()).toEqual([region('Right anterior knee')]);
  });

  it('shows the name of the region under the pointer', async () => {
    setup('back');
    await fireEvent.pointerEnter(region('Left sacroiliac joint'));
    expect(screen.getByText('Left sacroiliac joint', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText('Dimple at the back of the pelvis')).toBeTruthy();
    expect(region('Left sacroiliac joint').querySelector('title')?.textContent).toBe('Left sacroiliac joint');
  });

  it('switches between front, back and side views, each saying how left and right are shown', async () => {
    setup('front');
    await fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('group', { name: 'Body map, back view' })).toBeTruthy();
    expect(screen.getByText(/their left side is on your left/)).toBeTruthy();
    expect(region('Left sacroiliac joint')).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Left groin' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Side' }));
    expect(screen.getByRole('button', { name: 'Side' }).getAttribute('aria-pressed')).toBe('true');
    expect(region('Right calf')).toBeTruthy();
  });

  it('offers "deep in the joint" as plain buttons too, on any view', async () => {
    const { ontoggle } = setup('back', [{ region: 'deep-hip', side: 'left', role: 'main' }]);
    const group = screen.getByRole('group', { name: 'Deep in the joint' });
    expect(within(group).getByRole('button', { name: 'Deep in the left hip' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await fireEvent.click(within(group).getByRole('button', { name: 'Deep in the right hip' }));
    expect(ontoggle).toHaveBeenCalledWith('deep-hip', 'right');
  });

  it('draws with theme classes only: no colours or style attributes in the markup', () => {
    const { container } = setup('front', [{ region: 'groin', side: 'left', role: 'spread' }]);
    expect(container.querySelector('[style]')).toBeNull();
    const fills = [...container.querySelectorAll('[fill]')].map((el) => el.getAttribute('fill'));
    expect(fills.every((f) => f?.startsWith('url(#'))).toBe(true);
    expect(container.querySelector('svg')!.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(container.querySelector('image, img')).toBeNull();
  });
});
