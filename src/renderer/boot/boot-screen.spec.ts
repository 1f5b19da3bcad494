import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { showBootError, showLoadingAfter } from './boot-screen';

let target: HTMLElement;
beforeEach(() => {
  vi.useFakeTimers();
  target = document.createElement('div');
  document.body.append(target);
});
afterEach(() => {
  vi.useRealTimers();
  target.remove();
});

describe('the screen before the workbench', () => {
  it('shows nothing when start-up is quick', () => {
    const loading = showLoadingAfter(target, 100);
    vi.advanceTimersByTime(99);
    loading.dismiss();
    vi.advanceTimersByTime(1000);
    expect(target.textContent).toBe('');
  });

  it('says it is loading when start-up is slow, and clears that when done', () => {
    const loading = showLoadingAfter(target, 100);
    vi.advanceTimersByTime(100);
    expect(target.querySelector('[role=status]')?.textContent).toBe('Loading the knowledge base…');
    loading.dismiss();
    expect(target.textContent).toBe('');
  });

  it('replaces everything with the reason it could not start, as text (never HTML)', () => {
    target.innerHTML = '<p role="status">Loading the knowledge base…</p>';
    showBootError(target, 'The file is damaged: <img src=x onerror=alert(1)>');
    const alert = target.querySelector('[role=alert]')!;
    expect(alert.querySelector('h1')?.textContent).toBe('Stride Atlas could not start');
    expect(alert.textContent).toContain('The file is damaged: <img src=x onerror=alert(1)>');
    expect(target.querySelector('img')).toBeNull();
    expect(target.querySelector('[role=status]')).toBeNull();
  });
});
