/**
 * The benchmark's baseline: the same handout content (text, figures, logo, tables, footers with
 * "Page x of y") drawn with pdfkit directly, with hand-made layout. It is what pdfmake's layout
 * engine costs on top of pdfkit. Same fonts, the same figure outlines (figure-canvas.ts), same
 * compression.
 */
import { createRequire } from 'node:module';
import { formatHandoutDate } from '../../src/core/handout/handout-dates';
import type { HandoutDocumentContext } from '../../src/core/handout/document/handout-document-context';
import { figureCanvas } from '../../src/core/handout/document/figure-canvas';
import { COLORS } from '../../src/core/handout/document/handout-styles';
import { kbText, printable } from '../../src/core/handout/document/printable-text';
import { prescriptionLines } from '../../src/core/handout/exercise-prescription';
import { HANDOUT_FONT_FILES } from '../../src/core/handout/fonts/handout-font';
import type { Handout } from '../../src/core/handout/handout';
import { deriveRedFlags, groupRedFlags } from '../../src/core/handout/red-flags';

/** The part of pdfkit's API this baseline uses (pdfkit ships no types). */
interface Kit {
  page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
  y: number;
  registerFont(name: string, src: Uint8Array): Kit;
  font(name: string): Kit;
  fontSize(size: number): Kit;
  fillColor(color: string, opacity?: number): Kit;
  strokeColor(color: string): Kit;
  lineWidth(width: number): Kit;
  text(text: string, x?: number, y?: number, options?: Record<string, unknown>): Kit;
  text(text: string, options: Record<string, unknown>): Kit;
  heightOfString(text: string, options?: Record<string, unknown>): number;
  rect(x: number, y: number, w: number, h: number): Kit;
  fill(color?: string): Kit;
  stroke(): Kit;
  moveTo(x: number, y: number): Kit;
  lineTo(x: number, y: number): Kit;
  closePath(): Kit;
  lineJoin(join: string): Kit;
  lineCap(cap: string): Kit;
  fillAndStroke(): Kit;
  image(src: Uint8Array, x: number, y: number, options?: Record<string, unknown>): Kit;
  addPage(): Kit;
  bufferedPageRange(): { start: number; count: number };
  switchToPage(n: number): Kit;
  on(event: string, listener: (chunk?: Uint8Array) => void): Kit;
  end(): void;
}

const require = createRequire(import.meta.url);
const PDFDocument = require('pdfkit') as new (options: Record<string, unknown>) => Kit;

/** A figure's outlines, as pdfmake gets them, drawn with pdfkit at (x, y). */
function drawFigure(doc: Kit, svg: string, x: number, y: number, size: number): void {
  for (const vector of figureCanvas(svg, [size, size])?.canvas ?? []) {
    if (vector.type !== 'polyline' || vector.points.length === 0) continue;
    const [first, ...rest] = vector.points;
    doc.moveTo(x + first!.x, y + first!.y);
    for (const p of rest) doc.lineTo(x + p.x, y + p.y);
    if (vector.closePath) doc.closePath();
    doc
      .lineJoin(vector.lineJoin ?? 'miter')
      .lineCap(vector.lineCap ?? 'butt')
      .lineWidth(vector.lineWidth ?? 1);
    if (vector.color) doc.fillColor(vector.color, vector.fillOpacity ?? 1);
    if (vector.lineColor) doc.strokeColor(vector.lineColor);
    if (vector.color && vector.lineColor) doc.fillAndStroke();
    else if (vector.color) doc.fill();
    else doc.stroke();
  }
}

const M = { top: 44, left: 48, right: 48, bottom: 60 };
const BODY = 10.5;
const FIG = 86;

export async function renderWithPdfkit(
  handout: Handout,
  context: HandoutDocumentContext,
  fonts: Map<string, Uint8Array>,
): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: M,
    bufferPages: true,
    compress: true,
    info: { Title: 'Your exercise and advice plan' },
  });
  const chunks: Uint8Array[] = [];
  const finished = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.on('data', (c) => chunks.push(c!));
  doc.registerFont('R', fonts.get(HANDOUT_FONT_FILES.normal)!);
  doc.registerFont('B', fonts.get(HANDOUT_FONT_FILES.bold)!);
  doc.registerFont('I', fonts.get(HANDOUT_FONT_FILES.italics)!);
  const units = handout.options.units;
  const width = doc.page.width - M.left - M.right;
  const bottom = () => doc.page.height - M.bottom;
  const ensure = (h: number) => doc.y + h > bottom() && doc.addPage();
  const write = (
    text: string,
    font: string,
    size: number,
    color: string = COLORS.ink,
    x = M.left,
    w = width,
    gap = 4,
  ) => {
    doc.font(font).fontSize(size).fillColor(color).text(text, x, doc.y, { width: w, lineGap: 1.5 });
    doc.y += gap;
  };
  const heightOf = (text: string, font: string, size: number, w: number) =>
    doc.font(font).fontSize(size).heightOfString(text, { width: w, lineGap: 1.5 });

  // Header: logo, clinic, rule, title, patient panel.
  const logo = context.clinic.logoDataUrl;
  if (logo) doc.image(Buffer.from(logo.split(',')[1]!, 'base64'), M.left, M.top, { fit: [150, 56] });
  doc
    .font('B')
    .fontSize(15)
    .fillColor(COLORS.accent)
    .text(context.clinic.name, M.left, M.top, { width, align: 'right' });
  doc
    .font('R')
    .fontSize(9)
    .fillColor(COLORS.muted)
    .text(
      `${printable(context.clinic.address).replace(/\n+/g, ', ')}\nTel. ${context.clinic.phone}   ·   ${context.clinic.email}`,
      { width, align: 'right' },
    );
  doc.y = M.top + 66;
  doc
    .strokeColor(COLORS.accent)
    .lineWidth(1.5)
    .moveTo(M.left, doc.y)
    .lineTo(M.left + width, doc.y)
    .stroke();
  doc.y += 14;
  write('Your exercise and advice plan', 'B', 20);
  const panel = [
    ['PATIENT', handout.patientName],
    ['DATE', formatHandoutDate(handout.date)],
    ['NEXT REVIEW', handout.reviewDate ? formatHandoutDate(handout.reviewDate) : ''],
    ['CLINICIAN', handout.clinicianName],
  ];
  doc.rect(M.left, doc.y, width, 36).fill(COLORS.panel);
  const panelY = doc.y + 6;
  panel.forEach(([label, value], i) => {
    doc
      .font('R')
      .fontSize(8)
      .fillColor(COLORS.muted)
      .text(label!, M.left + 8 + (i * width) / 4, panelY, { width: width / 4 - 16 });
    doc
      .font('B')
      .fontSize(BODY)
      .fillColor(COLORS.ink)
      .text(value!, M.left + 8 + (i * width) / 4, panelY + 11, { width: width / 4 - 16 });
  });
  doc.y = panelY + 42;

  // Conditions.
  write('About your conditions', 'B', 14.7, COLORS.accent);
  for (const id of handout.conditions) {
    const c = context.lookup.condition(id)!;
    ensure(heightOf(c.summary.patient, 'R', BODY, width) + 20);
    write(c.name, 'B', 11.8, COLORS.ink, M.left, width, 2);
    write(kbText(c.summary.patient, units), 'R', BODY);
  }

  // Exercise cards: measured, then drawn whole on one page (the heading stays with the first).
  handout.exercises.forEach((entry, i) => {
    const exercise = context.lookup.exercise(entry.exerciseId)!;
    const lines = prescriptionLines(entry, exercise);
    const stepsX = M.left + 10 + 2 * FIG + 20;
    const stepsW = M.left + width - 10 - stepsX;
    const steps = exercise.instructions.map((s, n) => `${n + 1}. ${kbText(s, units)}`).join('\n');
    const rows = [
      ['Do', `${lines.amount}  ·  ${lines.frequency}`],
      ['Side', lines.side],
      ['Load', lines.load],
      ['Tempo', kbText(lines.tempo, units)],
      ['Notes', kbText(lines.notes, units)],
    ].filter(([, v]) => v);
    const summary = kbText(exercise.summary.patient, units);
    const rowsH = rows.reduce((h, [, v]) => h + heightOf(v!, 'R', BODY, width - 80) + 5, 0);
    const height =
      18 +
      heightOf(summary, 'I', BODY, width - 20) +
      8 +
      Math.max(FIG + 14, heightOf(steps, 'R', BODY, stepsW)) +
      8 +
      rowsH +
      20;
    ensure(height + 10 + (i === 0 ? 40 : 0));
    if (i === 0) write('Your exercises', 'B', 14.7, COLORS.accent);
    const top = doc.y;
    doc.strokeColor(COLORS.line).lineWidth(0.8).rect(M.left, top, width, height).stroke();
    doc.y = top + 9;
    write(`${i + 1}   ${exercise.name}`, 'B', 12.6, COLORS.ink, M.left + 10, width - 20, 2);
    write(summary, 'I', BODY, COLORS.muted, M.left + 10, width - 20, 8);
    const rowTop = doc.y;
    const figure = context.figureFor?.(exercise.id, entry.side);
    [figure?.start, figure?.end].forEach((svg, k) => {
      const x = M.left + 10 + k * (FIG + 6);
      doc.strokeColor(COLORS.line).lineWidth(0.6).rect(x, rowTop, FIG, FIG).stroke();
      if (svg) drawFigure(doc, svg, x + 3, rowTop + 3, FIG - 6);
      doc
        .font('R')
        .fontSize(8)
        .fillColor(COLORS.muted)
        .text(k === 0 ? 'Start' : 'Finish', x, rowTop + FIG + 2, { width: FIG, align: 'center' });
    });
    doc.font('R').fontSize(BODY).fillColor(COLORS.ink).text(steps, stepsX, rowTop, { width: stepsW, lineGap: 1.5 });
    doc.y = Math.max(doc.y, rowTop + FIG + 14) + 8;
    const boxTop = doc.y;
    doc.rect(M.left + 10, boxTop, width - 20, rowsH + 4).fill(COLORS.accentLight);
    doc.rect(M.left + 10, boxTop, 3, rowsH + 4).fill(COLORS.accent);
    doc.y = boxTop + 3;
    for (const [label, value] of rows) {
      const y = doc.y;
      doc
        .font('B')
        .fontSize(9)
        .fillColor(COLORS.accent)
        .text(label!, M.left + 20, y + 1, { width: 50 });
      doc
        .font(label === 'Do' ? 'B' : 'R')
        .fontSize(BODY)
        .fillColor(COLORS.ink)
        .text(value!, M.left + 70, y, { width: width - 90, lineGap: 1.5 });
      doc.y += 3;
    }
    doc.y = top + height + 10;
  });

  // Topics, their sections and tables.
  ensure(80);
  write('Advice for you', 'B', 14.7, COLORS.accent);
  for (const id of handout.topics) {
    const topic = context.lookup.topic(id)!;
    ensure(60);
    write(topic.name, 'B', 11.8, COLORS.ink, M.left, width, 2);
    write(kbText(topic.summary.patient, units), 'R', BODY);
    for (const section of topic.sections) {
      if (!section.patient && !section.points && !section.table) continue;
      ensure(40);
      write(section.heading, 'B', BODY, COLORS.ink, M.left, width, 2);
      if (section.patient) write(kbText(section.patient, units), 'R', BODY);
      for (const point of section.points ?? [])
        write(`•  ${kbText(point, units)}`, 'R', BODY, COLORS.ink, M.left + 8, width - 8, 2);
      if (section.table) {
        const cols = section.table.columns.length;
        const colW = width / cols;
        for (const [r, row] of [section.table.columns, ...section.table.rows].entries()) {
          const cells = row.map((cell) => kbText(cell, units));
          const h = Math.max(...cells.map((c) => heightOf(c, r === 0 ? 'B' : 'R', 9.7, colW - 10))) + 8;
          ensure(h);
          const y = doc.y;
          if (r === 0) doc.rect(M.left, y, width, h).fill(COLORS.accentLight);
          else if (r % 2 === 0) doc.rect(M.left, y, width, h).fill(COLORS.panel);
          cells.forEach((cell, c) =>
            doc
              .font(r === 0 ? 'B' : 'R')
              .fontSize(9.7)
              .fillColor(r === 0 ? COLORS.accent : COLORS.ink)
              .text(cell, M.left + c * colW + 5, y + 4, { width: colW - 10, lineGap: 1.5 }),
          );
          doc
            .strokeColor(COLORS.line)
            .lineWidth(0.5)
            .moveTo(M.left, y + h)
            .lineTo(M.left + width, y + h)
            .stroke();
          doc.y = y + h;
        }
        doc.y += 8;
      }
    }
  }

  // Notes and the red-flag box.
  if (handout.notes) {
    ensure(50);
    write('Notes from your physiotherapist', 'B', 14.7, COLORS.accent);
    write(printable(handout.notes), 'R', BODY);
  }
  const groups = groupRedFlags(deriveRedFlags(handout.conditions, context.lookup));
  const flagText = groups
    .map((g) => `${g.lead}\n${g.flags.map((f) => `•  ${kbText(f.patient, units)}`).join('\n')}`)
    .join('\n');
  const boxH = heightOf(flagText, 'R', BODY, width - 24) + 60;
  ensure(boxH + 14);
  doc.y += 14;
  const boxTop = doc.y;
  doc.rect(M.left, boxTop, width, boxH).fill(COLORS.alertLight);
  doc.strokeColor(COLORS.alert).lineWidth(1.2).rect(M.left, boxTop, width, boxH).stroke();
  doc.y = boxTop + 10;
  write('Contact us or a doctor if…', 'B', 13.7, COLORS.alert, M.left + 12, width - 24, 6);
  write(flagText, 'R', BODY, COLORS.ink, M.left + 12, width - 24, 6);
  write(`Our number: ${context.clinic.name}, ${context.clinic.phone}`, 'R', BODY, COLORS.ink, M.left + 12, width - 24);

  // Footers, now that the page count is known.
  const { count } = doc.bufferedPageRange();
  const left = `${handout.patientName}  ·  ${formatHandoutDate(handout.date)}`;
  for (let i = 0; i < count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    const y = doc.page.height - M.bottom + 18;
    doc
      .strokeColor(COLORS.line)
      .lineWidth(0.5)
      .moveTo(M.left, y)
      .lineTo(M.left + width, y)
      .stroke();
    doc
      .font('R')
      .fontSize(8.4)
      .fillColor(COLORS.muted)
      .text(left, M.left, y + 5, { lineBreak: false });
    doc.text(`Page ${i + 1} of ${count}`, M.left, y + 5, { width, align: 'right', lineBreak: false });
  }
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}
