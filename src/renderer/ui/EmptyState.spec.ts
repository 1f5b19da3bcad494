import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import EmptyState from './EmptyState.svelte';

const content = (html: string) => createRawSnippet(() => ({ render: () => html }));

describe('EmptyState', () => {
  it('says what is missing and what to do, under a heading of the level asked for', () => {
    render(EmptyState, {
      title: 'This item is no longer in the knowledge base',
      level: 1,
      id: 'missing-title',
      children: content('<p>Close this tab, or search for the item by name.</p>'),
    });
    const heading = screen.getByRole('heading', { level: 1, name: 'This item is no longer in the knowledge base' });
    expect(heading.id).toBe('missing-title');
    expect(screen.getByText('Close this tab, or search for the item by name.')).toBeTruthy();
  });

  it('can be a single line with no heading, for a side bar', () => {
    render(EmptyState, { compact: true, children: content('<p>Nothing marked yet.</p>') });
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByText('Nothing marked yet.')).toBeTruthy();
  });
});
