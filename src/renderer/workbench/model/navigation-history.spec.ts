import { describe, expect, it } from 'vitest';
import type { EditorInput } from '../../workbench-api/editor-input';
import { NavigationHistory } from './navigation-history.svelte';

const page = (id: string): EditorInput => ({ kind: 'exercise', id });

describe('NavigationHistory', () => {
  it('goes back and forward through visited pages', () => {
    const history = new NavigationHistory();
    history.visit(page('a'));
    history.visit(page('b'));
    history.visit(page('c'));
    expect(history.goBack()).toEqual(page('b'));
    expect(history.goBack()).toEqual(page('a'));
    expect(history.canGoBack).toBe(false);
    expect(history.goBack()).toBeUndefined();
    expect(history.goForward()).toEqual(page('b'));
    expect(history.canGoForward).toBe(true);
  });

  it('a new visit clears the forward stack, and revisiting the current page is not a step', () => {
    const history = new NavigationHistory();
    history.visit(page('a'));
    history.visit(page('b'));
    history.goBack();
    history.visit(page('c'));
    expect(history.canGoForward).toBe(false);
    history.visit(page('c'));
    expect(history.goBack()).toEqual(page('a'));
  });

  it('forgets a page that no longer exists', () => {
    const history = new NavigationHistory();
    for (const id of ['a', 'b', 'c']) history.visit(page(id));
    history.forget(page('b'));
    expect(history.goBack()).toEqual(page('a'));
  });
});
