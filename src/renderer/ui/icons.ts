/**
 * Line icons (24×24 viewBox, stroked) drawn for the app; no icon font or remote asset.
 * Each entry lists the icon's subpaths, each beginning with an absolute move-to ("M"), so
 * Icon.svelte draws them as one <path>: stroked, they look the same as separate paths.
 */
export const ICONS = {
  library: ['M4 4h4v16H4z', 'M10 4h4v16h-4z', 'M16.5 4.5l3.5 1-3.5 14.5-3.5-1z'],
  search: ['M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13z', 'M15.5 15.5 20 20'],
  bodyMap: [
    'M12 3.5a2 2 0 1 0 0 4 2 2 0 0 0 0-4z',
    'M8 9.5h8l-1 6h-2l-.5 5h-1l-.5-5H9z',
    'M8 9.5 5.5 14',
    'M16 9.5l2.5 4.5',
  ],
  handout: ['M6 3h9l4 4v14H6z', 'M15 3v4h4', 'M9 11h7', 'M9 14.5h7', 'M9 18h4'],
  settings: [
    'M12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z',
    'M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1',
  ],
  offline: ['M4 12a8 8 0 1 0 16 0 8 8 0 0 0-16 0z', 'M8.5 12.5l2.5 2.5 4.5-5'],
  close: ['M6 6l12 12M18 6 6 18'],
  condition: ['M12 21s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 11c0 5.5-7 10-7 10z'],
  exercise: ['M3 10v4M6 8v8M18 8v8M21 10v4M6 12h12'],
  topic: ['M12 3a6 6 0 0 0-3.5 10.9V17h7v-3.1A6 6 0 0 0 12 3z', 'M9.5 20.5h5'],
  redFlag: ['M6 21V4', 'M6 4h11l-2.5 4L17 12H6'],
  clinicalTest: ['M9 3.5h6v3H9z', 'M7 5H5v16h14V5h-2', 'M8.5 13.5l2.5 2.5 4.5-5'],
  star: ['M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8-5.2-2.8-5.2 2.8 1-5.8-4.3-4.1 5.9-.9z'],
  history: ['M4 12a8 8 0 1 0 2.3-5.7', 'M4 4v3.5h3.5', 'M12 8v4.5l3 2'],
  plus: ['M12 5v14M5 12h14'],
  warning: ['M12 3 2 20h20z', 'M12 10v4.5', 'M12 17.2v.3'],
  info: ['M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z', 'M12 11v5.5', 'M12 7.8v.3'],
  arrowLeft: ['M19 12H5M11 6l-6 6 6 6'],
  arrowRight: ['M5 12h14M13 6l6 6-6 6'],
  trash: ['M4 7h16', 'M9 7V4h6v3', 'M6.5 7l1 13h9l1-13'],
  drag: ['M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01'],
  play: ['M7 4.5v15l12-7.5z'],
  pause: ['M7 5h3.5v14H7zM13.5 5H17v14h-3.5z'],
  print: ['M7 9V3h10v6', 'M5 9h14a2 2 0 0 1 2 2v6h-4', 'M7 17H3v-6a2 2 0 0 1 2-2', 'M7 14h10v7H7z'],
  download: ['M12 4v11', 'M7 10l5 5 5-5', 'M5 20h14'],
  copy: ['M8 8h11v12H8z', 'M5 16V4h11'],
  undo: ['M9 7 4 12l5 5', 'M4 12h10a6 6 0 0 1 0 12'],
  redo: ['M15 7l5 5-5 5', 'M20 12H10a6 6 0 0 0 0 12'],
} as const satisfies Record<string, readonly string[]>;

export type IconName = keyof typeof ICONS;
