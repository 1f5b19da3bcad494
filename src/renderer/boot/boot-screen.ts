import './boot-screen.css';

/**
 * What the window shows before the workbench mounts. Nothing at all when start-up is quick; a
 * quiet "Loading…" if it takes longer than `delayMs`; and a plain message when it cannot start,
 * so the user never faces a blank window. Text is set as text, never as HTML.
 */
export function showLoadingAfter(target: HTMLElement, delayMs: number): { dismiss(): void } {
  let shown: HTMLElement | undefined;
  const timer = setTimeout(() => {
    shown = document.createElement('p');
    shown.className = 'boot-screen boot-screen--loading';
    shown.setAttribute('role', 'status');
    shown.textContent = 'Loading the knowledge base…';
    target.append(shown);
  }, delayMs);
  return {
    dismiss() {
      clearTimeout(timer);
      shown?.remove();
    },
  };
}

export function showBootError(target: HTMLElement, message: string): void {
  const box = document.createElement('section');
  box.className = 'boot-screen boot-screen--error';
  box.setAttribute('role', 'alert');
  const title = document.createElement('h1');
  title.textContent = 'Stride Atlas could not start';
  const detail = document.createElement('p');
  detail.textContent = message;
  box.append(title, detail);
  target.replaceChildren(box);
}
