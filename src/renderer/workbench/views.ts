import type { ViewId } from '../../shared/workbench-layout';
import type { IconName } from './icons';

export interface ViewDescriptor {
  id: ViewId;
  title: string;
  icon: IconName;
  shortcut?: string;
}

/** The side-bar views, in activity-bar order. */
export const VIEWS: readonly ViewDescriptor[] = [
  { id: 'library', title: 'Library', icon: 'library', shortcut: 'Ctrl+Shift+E' },
  { id: 'search', title: 'Search', icon: 'search', shortcut: 'Ctrl+Shift+F' },
  { id: 'body-map', title: 'Body map', icon: 'bodyMap', shortcut: 'Ctrl+Shift+B' },
  { id: 'handout', title: 'Handout', icon: 'handout', shortcut: 'Ctrl+Shift+H' },
  { id: 'settings', title: 'Settings', icon: 'settings', shortcut: 'Ctrl+,' },
];
