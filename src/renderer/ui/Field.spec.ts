import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Field from './Field.svelte';

describe('Field', () => {
  it('labels its input and reads the hint with it', () => {
    render(Field, { label: 'Clinic name', hint: 'Printed at the top of every handout.' });
    const input = screen.getByRole('textbox', { name: 'Clinic name' });
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBe(
      screen.getByText('Printed at the top of every handout.').getAttribute('id'),
    );
  });

  it('shows an error in place of the hint and marks the input invalid', () => {
    render(Field, { label: 'Review after (weeks)', type: 'number', hint: 'From 1 to 52.', error: 'Enter 1 to 52.' });
    const input = screen.getByRole('spinbutton', { name: 'Review after (weeks)' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter 1 to 52.').getAttribute('id')).toBe(input.getAttribute('aria-describedby'));
    expect(screen.queryByText('From 1 to 52.')).toBeNull();
  });

  it('can hide its label from sight but not from assistive technology, and passes input events on', async () => {
    const oninput = vi.fn();
    render(Field, { label: 'Search the knowledge base', hideLabel: true, type: 'search', oninput });
    const input = screen.getByRole('searchbox', { name: 'Search the knowledge base' });
    expect(screen.getByText('Search the knowledge base').classList.contains('visually-hidden')).toBe(true);
    await fireEvent.input(input, { target: { value: 'hip' } });
    expect(oninput).toHaveBeenCalledTimes(1);
  });
});
