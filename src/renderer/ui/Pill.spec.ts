import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import Pill from './Pill.svelte';

const text = (value: string) => createRawSnippet(() => ({ render: () => `<span>${value}</span>` }));

describe('Pill', () => {
  it('shows its text, with a tooltip when given one', () => {
    render(Pill, { children: text('Same day'), tone: 'danger', outlined: true, title: 'See a doctor today' });
    const pill = screen.getByText('Same day').parentElement!;
    expect(pill.getAttribute('title')).toBe('See a doctor today');
    expect(pill.classList.contains('danger')).toBe(true);
  });

  it('passes on aria attributes, so a bare number can say what it counts', () => {
    render(Pill, { children: text('3'), 'aria-label': '3 results' });
    expect(screen.getByLabelText('3 results').textContent).toBe('3');
  });
});
