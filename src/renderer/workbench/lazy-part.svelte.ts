/**
 * A workbench part whose code loads on demand, so start-up parses only what the first screen
 * needs. Once loaded the component is kept, and later renders are synchronous (a tab switch
 * restores its scroll position against the real page, not an empty placeholder).
 */
export class LazyPart<C> {
  component = $state.raw<C | undefined>(undefined);
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
        this.component = module.default;
      },
      (error: unknown) => {
        this.error = `The ${this.name} could not be loaded (${error instanceof Error ? error.message : String(error)}). Reinstall or rebuild Stride Atlas.`;
      },
    );
    return this.#loading;
  }
}
