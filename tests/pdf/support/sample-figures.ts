import type { ExerciseFigure, FigureFor } from '../../../src/core/handout/document/handout-document-context';

/**
 * A stand-in for the real illustrations (built elsewhere): a filled figure on a mat with a moving
 * leg and a motion arrow, about as many shapes as a real figure, so tests and the benchmark
 * exercise pdfmake's SVG path with realistic work.
 */
function figure(lift: number): string {
  const rad = (lift * Math.PI) / 180;
  const hip = { x: 60, y: 72 };
  const knee = { x: hip.x + Math.sin(rad) * 20, y: hip.y + Math.cos(rad) * 20 };
  const foot = { x: knee.x + Math.sin(rad * 0.6) * 19, y: knee.y + Math.cos(rad * 0.6) * 19 };
  const p = (pt: { x: number; y: number }) => `${pt.x.toFixed(1)} ${pt.y.toFixed(1)}`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="120" height="120">',
    '<rect x="0" y="0" width="120" height="120" fill="#ffffff"/>',
    '<rect x="8" y="110" width="104" height="5" rx="2" fill="#d9e2ec"/>',
    '<circle cx="60" cy="20" r="9" fill="#9fb3c8"/>',
    '<path d="M54 31 Q60 28 66 31 L68 70 Q60 75 52 70 Z" fill="#486581"/>',
    '<path d="M55 36 Q44 46 40 60" stroke="#829ab1" stroke-width="6" stroke-linecap="round" fill="none"/>',
    '<path d="M65 36 Q76 46 80 60" stroke="#829ab1" stroke-width="6" stroke-linecap="round" fill="none"/>',
    '<path d="M57 72 L56 90 L55 108" stroke="#334e68" stroke-width="7" stroke-linecap="round" stroke-linejoin="round" fill="none"/>',
    `<path d="M${p(hip)} L${p(knee)} L${p(foot)}" stroke="#0b5d6b" stroke-width="7" stroke-linecap="round" stroke-linejoin="round" fill="none"/>`,
    '<ellipse cx="62" cy="62" rx="7" ry="5" fill="#f0b429" fill-opacity="0.6"/>',
    lift > 0
      ? `<path d="M${p({ x: foot.x + 8, y: foot.y + 6 })} q10 -4 12 -14" stroke="#de911d" stroke-width="2" fill="none"/>`
      : '',
    lift > 0 ? `<path d="M${p({ x: foot.x + 20, y: foot.y - 8 })} l-4 1 l3 3 z" fill="#de911d"/>` : '',
    '</svg>',
  ].join('');
}

export function sampleFigure(exerciseId: string): ExerciseFigure {
  return { start: figure(0), end: figure(25 + ((exerciseId.length * 7) % 45)) };
}

export const sampleFigureFor: FigureFor = (exerciseId) => sampleFigure(exerciseId);

/** The same figures on a wide canvas (7:4, like a body lying down), which the handout stacks. */
export const wideSampleFigureFor: FigureFor = (exerciseId) => {
  const widen = (svg: string) =>
    svg.replace('viewBox="0 0 120 120" width="120" height="120"', 'viewBox="-45 25 210 120" width="210" height="120"');
  const { start, end } = sampleFigure(exerciseId);
  return { start: widen(start), end: widen(end) };
};
