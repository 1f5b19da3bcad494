import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Kbd from './Kbd.svelte';

describe('Kbd', () => {
  it('marks up the keys as keyboard input, as given', () => {
    render(Kbd, { keys: 'Ctrl+Shift+P' });
    expect(screen.getByText('Ctrl+Shift+P').tagName).toBe('KBD');
  });
});
