/** The gallery page: every exercise with its start and end pose, its name, and any problems. */
import { escapeXml, renderExerciseFigure, type FigurePaletteName } from '../../src/core/figures';
import { checkFigure } from '../../src/core/figures/plausibility';
import type { GalleryEntry } from './load-figures';

const PAGE_COLOURS: Record<FigurePaletteName, { bg: string; fg: string; card: string; bad: string }> = {
  light: { bg: '#f3f4f6', fg: '#1f2328', card: '#ffffff', bad: '#b3261e' },
  print: { bg: '#f3f4f6', fg: '#1f2328', card: '#ffffff', bad: '#b3261e' },
  dark: { bg: '#181818', fg: '#e6e6e6', card: '#1f1f1f', bad: '#ff8a80' },
  'high-contrast': { bg: '#000000', fg: '#ffffff', card: '#000000', bad: '#ff6b6b' },
};

export interface GalleryOptions {
  palette: FigurePaletteName;
  side: 'left' | 'right';
  size: number;
  columns: number;
  /** Also the middle key poses (for reviewing movements with phases). */
  allPoses?: boolean;
}

function card(entry: GalleryEntry, o: GalleryOptions): string {
  const name = escapeXml(entry.exercise?.name ?? entry.id);
  const problems: string[] = entry.error ? [entry.error] : [];
  let figures = '';
  if (entry.figure) {
    const f = entry.figure;
    problems.push(...checkFigure(f, entry.exercise).map((p) => (p.pose ? `${p.pose}: ${p.message}` : p.message)));
    const last = f.poses.length - 1;
    const poses = o.allPoses ? f.poses.map((_, i) => i) : [0, last];
    figures = poses
      .map((i) =>
        renderExerciseFigure(f, {
          pose: i,
          side: o.side,
          palette: o.palette,
          size: o.size,
          arrow: i === 0,
          ghost: i === last ? 0 : false,
          title: `${entry.exercise?.name ?? f.id}, ${f.poses[i]!.label}`,
        }),
      )
      .join('');
  }
  const labels = entry.figure ? entry.figure.poses.map((p) => escapeXml(p.label)).join(' → ') : '';
  const issues = problems.map((p) => `<li>${escapeXml(p)}</li>`).join('');
  return `<figure class="card"><div class="pics">${figures || '<div class="missing">no figure</div>'}</div><figcaption><b>${name}</b> <small>${escapeXml(entry.id)} · ${entry.figure?.view ?? ''}</small><br><small>${labels}</small>${issues ? `<ul class="bad">${issues}</ul>` : ''}</figcaption></figure>`;
}

/** Start-pose thumbnails as exercise cards show them (4:3 frame, no arrow), with names. */
export function thumbnailsHtml(entries: readonly GalleryEntry[], palette: FigurePaletteName, size: number): string {
  const c = PAGE_COLOURS[palette];
  const cells = entries
    .map((e) => {
      const svg = e.figure
        ? renderExerciseFigure(e.figure, { pose: 'start', palette, size, arrow: false, aspect: 4 / 3, ghost: 'end' })
        : '';
      return `<div class="t">${svg}<div>${escapeXml(e.exercise?.name ?? e.id)}</div></div>`;
    })
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Thumbnails</title><style>
body{margin:0;padding:12px;background:${c.card};color:${c.fg};font:11px system-ui,sans-serif}
.g{display:grid;grid-template-columns:repeat(10,${Math.round(size * 1.45)}px);gap:10px}
.t{text-align:center}</style></head><body><div class="g">${cells}</div></body></html>`;
}

export function galleryHtml(entries: readonly GalleryEntry[], o: GalleryOptions): string {
  const c = PAGE_COLOURS[o.palette];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Exercise figures (${o.palette})</title>
<style>
body{margin:0;padding:16px;background:${c.bg};color:${c.fg};font:13px system-ui,sans-serif}
.grid{display:grid;grid-template-columns:repeat(${o.columns},max-content);gap:12px}
.card{margin:0;padding:8px;background:${c.card};border-radius:8px}
.pics{display:flex;gap:6px}
figcaption{max-width:${Math.round(o.size * 2.75)}px;margin-top:4px}
.bad{color:${c.bad};margin:4px 0 0;padding-left:16px}
.missing{width:${o.size * 2}px;height:${o.size}px;display:grid;place-items:center;color:${c.bad}}
</style></head><body><div class="grid">${entries.map((e) => card(e, o)).join('')}</div></body></html>`;
}
