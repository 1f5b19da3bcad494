import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import Callout from './Callout.svelte';

const message = (value: string) => createRawSnippet(() => ({ render: () => `<p>${value}</p>` }));

describe('Callout', () => {
  it('announces a danger callout as an alert, with its title and message', () => {
    render(Callout, { tone: 'danger', title: 'Refer today', children: message('Do not run until seen.') });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Refer today');
    expect(alert.textContent).toContain('Do not run until seen.');
  });

  it('is not an alert for information or a warning, unless a role is given', () => {
    render(Callout, { tone: 'warning', children: message('Six exercises a day is a lot.') });
    render(Callout, { tone: 'info', role: 'status', children: message('Saved.') });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Saved.');
    expect(screen.getByText('Six exercises a day is a lot.').closest('.callout')!.classList.contains('warning')).toBe(
      true,
    );
  });
});
