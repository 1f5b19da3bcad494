import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import Section from './Section.svelte';

const content = (html: string) => createRawSnippet(() => ({ render: () => html }));

describe('Section', () => {
  it('is a region named by its heading, with its content below', () => {
    render(Section, { title: 'Sources', children: content('<p>Two reviews.</p>') });
    const region = screen.getByRole('region', { name: 'Sources' });
    expect(screen.getByRole('heading', { level: 2, name: 'Sources' })).toBeTruthy();
    expect(region.textContent).toContain('Two reviews.');
  });

  it('uses the heading level asked for, and adds a given class to its own', () => {
    render(Section, { title: 'Marked areas', level: 3, class: 'doc-section', children: content('<p>None.</p>') });
    expect(screen.getByRole('heading', { level: 3, name: 'Marked areas' })).toBeTruthy();
    const region = screen.getByRole('region', { name: 'Marked areas' });
    expect([...region.classList]).toEqual(expect.arrayContaining(['section', 'level-3', 'doc-section']));
  });
});
