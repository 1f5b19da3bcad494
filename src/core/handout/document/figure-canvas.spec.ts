import { describe, expect, it } from 'vitest';
import { buildFigureScene, sceneToSvg } from '../../figures';
import { loadBundledKnowledgeBase } from '../../../../tests/support/bundled-knowledge-base';
import { figureCanvas } from './figure-canvas';

const kb = await (async () => {
  return loadBundledKnowledgeBase();
})();

describe('figureCanvas', () => {
  it('converts every exercise figure, keeping each shape’s paint, its picture frame fitted and centred', () => {
    for (const figure of kb.figures) {
      const scene = buildFigureScene(figure, { pose: 'end', side: 'left', palette: 'print' });
      const canvas = figureCanvas(sceneToSvg(scene, 'fig-1'), [120, 60]);
      expect(canvas, figure.id).toBeDefined();
      const vectors = canvas!.canvas.filter((v) => v.type === 'polyline');
      expect(vectors.length, figure.id).toBeGreaterThanOrEqual(scene.shapes.length);
      const fills = new Set(vectors.map((v) => v.color).filter(Boolean));
      for (const shape of scene.shapes)
        if (shape.fill !== 'none') expect(fills.has(shape.fill), `${figure.id}: ${shape.fill}`).toBe(true);
      // The picture's frame (its viewBox) is scaled to fit and centred vertically; pdfmake centres it across.
      const [, , w, h] = scene.viewBox;
      const scale = Math.min(120 / w, 60 / h);
      const top = (60 - h * scale) / 2;
      const points = vectors.flatMap((v) => v.points);
      const [xs, ys] = [points.map((p) => p.x), points.map((p) => p.y)];
      expect(Math.min(...xs), figure.id).toBeGreaterThanOrEqual(-0.01);
      expect(Math.max(...xs), figure.id).toBeLessThanOrEqual(w * scale + 0.01);
      expect(Math.min(...ys), figure.id).toBeGreaterThanOrEqual(top - 0.01);
      expect(Math.max(...ys), figure.id).toBeLessThanOrEqual(top + h * scale + 0.01);
    }
  });

  it('leaves SVG it did not draw to pdfmake', () => {
    const svg = (body: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10">${body}</svg>`;
    expect(figureCanvas(svg('<path d="M0 0L5 5Z" fill="#000"/>'), [10, 10])).toBeDefined();
    expect(figureCanvas(svg('<circle cx="5" cy="5" r="4"/>'), [10, 10])).toBeUndefined();
    expect(figureCanvas(svg('<g><path d="M0 0L5 5Z" fill="#000"/></g>'), [10, 10])).toBeUndefined();
    expect(figureCanvas(svg('<path d="M0 0C1 1 2 2 3 3" fill="#000"/>'), [10, 10])).toBeUndefined();
    expect(
      figureCanvas('<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0L5 5Z" fill="#000"/></svg>', [10, 10]),
    ).toBeUndefined();
  });
});
