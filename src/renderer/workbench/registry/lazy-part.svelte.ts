/**
 * A workbench part whose code loads on demand, so start-up parses only what the first screen
 * needs: a view's component, or the model behind views (the handout and body-map sessions). Once
 * loaded the value is kept, and later renders are synchronous (a tab switch restores its scroll
 * position against the real page, not an empty placeholder).
 */
export class LazyPart<C> {
  value = $state.raw<C | undefined>(undefined);
  error = $state<string | undefined>(undefined);
  #loading: Promise<void> | undefined;

  constructor(
    readonly name: string,
    private readonly importer: () => Promise<{ default: C }>,
  ) {}

  /** Starts loading (once); resolves when loaded or failed. */
  load(): Promise<void> {
    this.#loading ??= this.importer().then(
      (module) => {
        this.value = module.default;
      },
      (error: unknown) => {
        this.error = `The ${this.name} could not be loaded (${error instanceof Error ? error.message : String(error)}). Reinstall or rebuild Stride Atlas.`;
      },
    );
    return this.#loading;
  }
}

/** Loads each part in turn when the browser is idle, in the order given (most used first). */
export function prefetchLazyParts(parts: readonly LazyPart<unknown>[]): void {
  const queue = [...parts];
  const next = () => {
    const part = queue.shift();
    if (part) void part.load().then(() => requestIdleCallback(next));
  };
  requestIdleCallback(next);
}
