import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it } from 'vitest';
import Card from './Card.svelte';

const content = (html: string) => createRawSnippet(() => ({ render: () => html }));

describe('Card', () => {
  it('is the element asked for, so a list of cards stays a list', () => {
    const { container } = render(Card, { as: 'li', children: content('<span>Clamshell</span>') });
    expect(container.querySelector('li.card')!.textContent).toBe('Clamshell');
  });

  it('passes on attributes such as a label, and adds a given class to its own', () => {
    render(Card, {
      as: 'article',
      interactive: true,
      class: 'exercise-card',
      'aria-label': 'Glute bridge',
      children: content('<p>Both legs.</p>'),
    });
    const card = screen.getByRole('article', { name: 'Glute bridge' });
    expect(card.textContent).toBe('Both legs.');
    expect([...card.classList]).toEqual(expect.arrayContaining(['card', 'interactive', 'exercise-card']));
  });
});
