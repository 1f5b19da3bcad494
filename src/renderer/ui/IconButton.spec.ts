import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import IconButton from './IconButton.svelte';

describe('IconButton', () => {
  it('is named by its label (read out and shown as the tooltip), never a submit, and runs its action', async () => {
    const onclick = vi.fn();
    render(IconButton, { icon: 'close', label: 'Dismiss notification', onclick });
    const button = screen.getByRole('button', { name: 'Dismiss notification' });
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('title')).toBe('Dismiss notification');
    expect(button.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    await fireEvent.click(button);
    expect(onclick).toHaveBeenCalledTimes(1);
  });

  it('keeps a longer tooltip apart from the name, and can be disabled', () => {
    render(IconButton, { icon: 'arrowLeft', label: 'Back', title: 'Back (Alt+Left)', disabled: true });
    const button = screen.getByRole('button', { name: 'Back' }) as HTMLButtonElement;
    expect(button.getAttribute('title')).toBe('Back (Alt+Left)');
    expect(button.disabled).toBe(true);
  });

  it('is a toggle when given `pressed`, and an ordinary button otherwise', () => {
    render(IconButton, { icon: 'star', label: 'Favourite', pressed: true, variant: 'outlined' });
    render(IconButton, { icon: 'close', label: 'Close' });
    expect(screen.getByRole('button', { name: 'Favourite', pressed: true })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Close' }).hasAttribute('aria-pressed')).toBe(false);
  });
});
