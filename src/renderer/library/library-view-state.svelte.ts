import { DEFAULT_LIBRARY_EXPANDED, NO_EXERCISE_FILTER, type ExerciseFilter } from './library-tree';

/** What the Library view holds: kept by the workbench, so the tree keeps its shape across view switches. */
export class LibraryViewState {
  expanded = $state<ReadonlySet<string>>(DEFAULT_LIBRARY_EXPANDED);
  filter = $state<ExerciseFilter>(NO_EXERCISE_FILTER);
}
