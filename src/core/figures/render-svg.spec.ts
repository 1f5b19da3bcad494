import { describe, expect, it } from 'vitest';
import { loadBundledKnowledgeBase } from '../../../tests/support/bundled-knowledge-base';
import { exerciseFigureSchema } from '../kb/figure-schema';
import { renderExerciseFigure } from './render-svg';
import { buildFigureScene } from './scene';

const kb = await (async () => {
  return loadBundledKnowledgeBase();
})();
const figure = (id: string) => kb.figures.find((f) => f.id === id)!;

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/**
 * A small, strict XML well-formedness check (no DOM in core): one root element, properly nested
 * tags, quoted and unique attributes, and only the five predefined entities or character
 * references in text and attribute values. Returns the element tree or throws with the reason.
 */
function parseXml(xml: string): XmlElement {
  const name = /^[A-Za-z_:][\w:.-]*/;
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/;
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}: ${xml.slice(i, i + 40)}`);
  };
  while (i < xml.length) {
    if (xml.startsWith('</', i)) {
      const end = xml.indexOf('>', i);
      const closing = xml.slice(i + 2, end).trim();
      const open = stack.pop() ?? fail('closing tag without an open one');
      if (open.name !== closing) fail(`</${closing}> closes <${open.name}>`);
      i = end + 1;
    } else if (xml[i] === '<') {
      const m = name.exec(xml.slice(i + 1)) ?? fail('bad tag name');
      const element: XmlElement = { name: m[0], attributes: {}, children: [], text: '' };
      i += 1 + m[0].length;
      for (;;) {
        const rest = xml.slice(i);
        const ws = /^\s*/.exec(rest)![0].length;
        i += ws;
        if (xml.startsWith('/>', i) || xml[i] === '>') break;
        if (ws === 0) fail('attributes must be separated by space');
        const attr = /^([A-Za-z_:][\w:.-]*)="([^"<]*)"/.exec(xml.slice(i)) ?? fail('bad attribute');
        if (attr[1]! in element.attributes) fail(`duplicate attribute ${attr[1]}`);
        if (entity.test(attr[2]!)) fail('bare & in an attribute');
        element.attributes[attr[1]!] = attr[2]!;
        i += attr[0].length;
      }
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) fail('more than one root element');
      else root = element;
      if (xml.startsWith('/>', i)) i += 2;
      else {
        i += 1;
        stack.push(element);
      }
    } else {
      const end = xml.indexOf('<', i) === -1 ? xml.length : xml.indexOf('<', i);
      const text = xml.slice(i, end);
      if (entity.test(text)) fail('bare & in text');
      if (text.includes('>')) fail('bare > in text');
      const parent = stack[stack.length - 1];
      if (parent) parent.text += text;
      else if (text.trim()) fail('text outside the root element');
      i = end;
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]!.name}> is never closed`);
  return root ?? fail('no root element');
}

describe('the XML well-formedness check used below', () => {
  it('accepts well-formed XML and rejects broken XML', () => {
    expect(parseXml('<a x="1"><b/>t &amp; u</a>').children[0]?.name).toBe('b');
    for (const bad of [
      '<a><b></a></b>',
      '<a x="1" x="2"/>',
      '<a>&nope;</a>',
      '<a/><b/>',
      '<a>',
      '<a x=1/>',
      '<a>x > y</a>',
    ]) {
      expect(() => parseXml(bad), bad).toThrow();
    }
  });
});

describe('renderExerciseFigure', () => {
  it('returns a well-formed SVG with a title and description for screen readers', () => {
    for (const f of kb.figures) {
      const svg = renderExerciseFigure(f, { pose: 'end', side: 'left', title: f.id, palette: 'print' });
      const root = parseXml(svg);
      expect(root.name).toBe('svg');
      expect(root.attributes['role']).toBe('img');
      expect(root.attributes['xmlns']).toBe('http://www.w3.org/2000/svg');
      expect(root.attributes['viewBox']).toMatch(/^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/);
      expect(root.children[0]?.name).toBe('title');
      expect(root.children[0]?.text).toBe(f.id);
      expect(root.children[1]?.name).toBe('desc');
      expect(root.children[1]?.text.length).toBeGreaterThan(20);
    }
  });

  it('uses only paths with presentation attributes: no style, no CSS, filters or masks (CSP and PDF)', () => {
    const svg = renderExerciseFigure(figure('clamshell'), { pose: 1, palette: 'dark' });
    const root = parseXml(svg);
    const names = new Set(root.children.map((c) => c.name));
    expect([...names].sort()).toEqual(['desc', 'path', 'title']);
    const allowed = new Set([
      'd',
      'fill',
      'fill-opacity',
      'stroke',
      'stroke-width',
      'stroke-linecap',
      'stroke-linejoin',
    ]);
    for (const c of root.children.filter((c) => c.name === 'path')) {
      expect(Object.keys(c.attributes).filter((a) => !allowed.has(a))).toEqual([]);
    }
    expect(svg).not.toMatch(/style|<style|filter|mask|clip-path|class=/);
  });

  it('escapes the title and description and can label them by id', () => {
    const svg = renderExerciseFigure(figure('glute-bridge'), {
      title: 'Bridge <b> & "co"',
      description: "Hips up & down, it's fine",
      idPrefix: 'fig-1',
    });
    const root = parseXml(svg);
    expect(root.children[0]?.text).toBe('Bridge &lt;b&gt; &amp; &quot;co&quot;');
    expect(root.attributes['aria-labelledby']).toBe('fig-1-title');
    expect(root.attributes['aria-describedby']).toBe('fig-1-desc');
    expect(root.children[0]?.attributes['id']).toBe('fig-1-title');
  });

  it('describes the view, the side, the pose and the target muscles by default', () => {
    const scene = buildFigureScene(figure('clamshell'), { pose: 'end', side: 'left' });
    expect(scene.title).toBe('Clamshell');
    expect(scene.description).toBe(
      'Seen from the front, left side working. Top knee lifted, heels still together (end position). Highlighted: side of the hip, deep muscles at the back of the hip.',
    );
  });

  it('mirrors the picture for the left side and keeps the frame the same for every pose', () => {
    const right = buildFigureScene(figure('step-up'), { side: 'right' });
    const left = buildFigureScene(figure('step-up'), { side: 'left' });
    expect(left.viewBox[0]).toBeCloseTo(-(right.viewBox[0] + right.viewBox[2]), 0);
    expect(left.shapes.length).toBe(right.shapes.length);
    expect(buildFigureScene(figure('step-up'), { pose: 'end' }).viewBox).toEqual(right.viewBox);
    expect(buildFigureScene(figure('step-up'), { pose: { from: 0, to: 1, t: 0.4 } }).viewBox).toEqual(right.viewBox);
  });

  it('sizes the picture by its height and keeps the frame proportions', () => {
    const scene = buildFigureScene(figure('glute-bridge'), { size: 72 });
    expect(scene.height).toBe(72);
    expect(scene.width).toBe(Math.round((72 * scene.viewBox[2]) / scene.viewBox[3]));
  });

  it('draws the target muscles in the accent colour and the arrow only when asked', () => {
    const scene = buildFigureScene(figure('side-lying-leg-raise'), { palette: 'light' });
    expect(scene.shapes.some((s) => s.role === 'tint' && s.fill === '#ef7d3c')).toBe(true);
    expect(scene.shapes.some((s) => s.role === 'arrow')).toBe(true);
    expect(
      buildFigureScene(figure('side-lying-leg-raise'), { arrow: false }).shapes.some((s) => s.role === 'arrow'),
    ).toBe(false);
    expect(
      buildFigureScene(figure('side-lying-leg-raise'), { pose: 'end', ghost: 'start' }).shapes.some(
        (s) => s.role === 'ghost',
      ),
    ).toBe(true);
  });

  it('draws a held press as a short arrow pointing where the body pushes, mirrored for the left side', () => {
    const press = figure('standing-isometric-hip-abduction');
    expect(press.arrow).toMatchObject({ point: 'work-knee', press: [-1, 0] });
    /** The arrowhead's tip (the first point of its outline) and the middle of the arrow's extent. */
    const arrowOf = (side: 'left' | 'right') => {
      const arrows = buildFigureScene(press, { side, palette: 'light' }).shapes.filter((s) => s.role === 'arrow');
      const head = arrows[arrows.length - 1]!;
      const [x, y] = /^M\s*(-?[\d.]+)[ ,](-?[\d.]+)/.exec(head.d)!.slice(1).map(Number) as [number, number];
      const box = arrows[0]!.box;
      return { tip: { x, y }, middle: (box[0] + box[2]) / 2, count: arrows.length };
    };
    const right = arrowOf('right');
    const left = arrowOf('left');
    // Towards the wall (drawn on the left for a right-side programme), haloed so it reads on the limb.
    expect(right.tip.x).toBeLessThan(right.middle);
    expect(left.tip.x).toBeGreaterThan(left.middle);
    expect(right.count).toBe(4);
    expect(exerciseFigureSchema.safeParse({ ...press, arrow: { point: 'work-knee', press: [0, 0] } }).success).toBe(
      false,
    );
  });

  // Snapshots of the SVG for a handful of exercises in different views and with props, a second
  // view, a cue and a timeline. After an intended change, look at the contact sheet
  // (`npm run figures:sheet`), then update with `npx vitest run -u`.
  it.each([
    ['glute-bridge', 'end', 'right', 'light'],
    ['clamshell', 'end', 'left', 'light'],
    ['step-up', 'start', 'right', 'print'],
    ['banded-lateral-walk', 'start', 'right', 'dark'],
    ['stability-ball-hamstring-curl', 'end', 'left', 'high-contrast'],
    ['barbell-hip-thrust', 'start', 'right', 'print'],
    ['single-leg-bridge-with-hip-rotation', 'end', 'left', 'light'],
    ['pelvic-floor-contractions', 'end', 'right', 'print'],
    ['walk-run-intervals', 'start', 'right', 'dark'],
  ] as const)('matches the snapshot of %s (%s, %s, %s)', async (id, pose, side, palette) => {
    const svg = renderExerciseFigure(figure(id), {
      pose,
      side,
      palette,
      size: 200,
      ghost: pose === 'end' ? 'start' : false,
    });
    await expect(svg.replace(/></g, '>\n<')).toMatchFileSnapshot(
      `./__snapshots__/${id}-${pose}-${side}-${palette}.svg`,
    );
  });
});
