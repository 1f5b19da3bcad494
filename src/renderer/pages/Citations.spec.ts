import { fireEvent, render, screen } from '@testing-library/svelte';
import knowledgeBase from 'virtual:knowledge-base';
import { describe, expect, it } from 'vitest';
import Citations from './Citations.svelte';
import { lookupFor } from './knowledge-base-lookup';
import { pageCitations } from './page-citations';

const lookup = lookupFor(knowledgeBase);
const kindOf = (kind: string) => knowledgeBase.sources.find((s) => s.kind === kind)!;
const trial = kindOf('rct');
const article = kindOf('article-for-runners');
const review = kindOf('systematic-review');

/** A page that cites the review first, then the article and the trial. */
const citations = pageCitations(lookup, [[review.id], [article.id, trial.id]], 'page');

describe('Citations', () => {
  it('shows the strongest kind of source as the badge, and the page’s numbers', () => {
    const { container } = render(Citations, { props: { ids: [article.id, trial.id], citations } });
    expect(container.querySelector('.badge')!.textContent).toBe('Evidence:\u00a0RCT');
    const numbers = screen.getAllByRole('link');
    expect(numbers.map((n) => n.textContent)).toEqual(['[2]', '[3]']);
    expect(numbers.map((n) => n.getAttribute('href'))).toEqual(['#page-reference-2', '#page-reference-3']);
  });

  it('gives each number the full reference as its description: authors, year, journal, DOI or PMID as text', () => {
    render(Citations, { props: { ids: [trial.id], citations } });
    const number = screen.getByRole('link', { name: 'Reference 3' });
    const tooltip = document.getElementById(number.getAttribute('aria-describedby')!)!;
    expect(tooltip.getAttribute('role')).toBe('tooltip');
    const reference = tooltip.textContent!;
    expect(reference).toContain(trial.title);
    if (trial.kind !== 'rct') throw new Error('expected a trial');
    expect(reference).toContain(trial.authors);
    expect(reference).toContain(String(trial.year));
    expect(reference).toContain(trial.doi ? `doi:${trial.doi}` : `PMID ${trial.pmid}`);
    // Text only: the app never links out to the network.
    expect(tooltip.querySelector('a')).toBeNull();
  });

  it('hides the reference with Escape until focus leaves the number', async () => {
    render(Citations, { props: { ids: [trial.id], citations } });
    const number = screen.getByRole('link', { name: 'Reference 3' });
    number.focus();
    await fireEvent.keyDown(number, { key: 'Escape' });
    expect(number.parentElement!.classList.contains('dismissed')).toBe(true);
    await fireEvent.blur(number);
    expect(number.parentElement!.classList.contains('dismissed')).toBe(false);
  });

  it('moves to the page’s reference entry when a number is followed', async () => {
    const entry = document.createElement('li');
    entry.id = 'page-reference-1';
    entry.tabIndex = -1;
    entry.scrollIntoView = () => {};
    document.body.append(entry);
    render(Citations, { props: { ids: [review.id], citations } });
    expect(await fireEvent.click(screen.getByRole('link', { name: 'Reference 1' }))).toBe(false);
    expect(document.activeElement).toBe(entry);
    entry.remove();
  });
});
