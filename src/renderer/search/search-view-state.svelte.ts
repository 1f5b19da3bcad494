import type { ItemKind } from '../../core/kb/knowledge-base';

/**
 * What the Search view holds. Owned by the workbench, not the view, so the query and filters
 * survive switching to another view and back.
 */
export class SearchViewState {
  query = $state('');
  kind = $state<ItemKind | ''>('');
  region = $state('');
  equipment = $state('');
  phase = $state('');

  get filtersActive(): boolean {
    return this.kind !== '' || this.region !== '' || this.equipment !== '' || this.phase !== '';
  }

  clearFilters(): void {
    this.kind = '';
    this.region = '';
    this.equipment = '';
    this.phase = '';
  }
}
