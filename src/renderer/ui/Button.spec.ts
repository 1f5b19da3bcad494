import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import Button from './Button.svelte';

const label = (text: string) => createRawSnippet(() => ({ render: () => `<span>${text}</span>` }));

describe('Button', () => {
  it('is a button (never a form submit) named by its label, and runs its action', async () => {
    const onclick = vi.fn();
    render(Button, { children: label('Open body map'), onclick });
    const button = screen.getByRole('button', { name: 'Open body map' });
    expect(button.getAttribute('type')).toBe('button');
    await fireEvent.click(button);
    expect(onclick).toHaveBeenCalledTimes(1);
  });

  it('passes on what it is given: disabled, an accessible name, the primary look', () => {
    render(Button, { children: label('Start'), variant: 'primary', disabled: true, 'aria-label': 'Start handout' });
    const button = screen.getByRole('button', { name: 'Start handout' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.classList.contains('primary')).toBe(true);
  });
});
