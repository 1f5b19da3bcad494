import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Select from './Select.svelte';

const PHASES = [
  { value: '', label: 'Any' },
  { value: 'settle', label: 'Settle' },
  { value: 'load', label: 'Load' },
];

describe('Select', () => {
  it('is a drop-down named by its label, showing the chosen value', () => {
    render(Select, { label: 'Phase', options: PHASES, value: 'load' });
    const select = screen.getByRole('combobox', { name: 'Phase' }) as HTMLSelectElement;
    expect(select.value).toBe('load');
    expect([...select.options].map((o) => o.text)).toEqual(['Any', 'Settle', 'Load']);
  });

  it('tells its owner what was chosen', async () => {
    const onchange = vi.fn((event: Event) => (event.currentTarget as HTMLSelectElement).value);
    render(Select, { label: 'Phase', options: PHASES, value: '', onchange });
    await fireEvent.change(screen.getByRole('combobox', { name: 'Phase' }), { target: { value: 'settle' } });
    expect(onchange).toHaveReturnedWith('settle');
  });

  it('can keep its label for assistive technology only', () => {
    render(Select, { label: 'Left groin: main pain or where it spreads', hideLabel: true, options: PHASES });
    const label = screen.getByText('Left groin: main pain or where it spreads');
    expect(label.classList.contains('visually-hidden')).toBe(true);
    expect(screen.getByRole('combobox', { name: 'Left groin: main pain or where it spreads' })).toBeTruthy();
  });
});
