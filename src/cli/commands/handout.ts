import * as fsp from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { adherenceWarning } from '../../core/handout/adherence';
import {
  createHandout,
  handoutExerciseFromKb,
  templateProgramme,
  type NewHandoutInput,
} from '../../core/handout/create-handout';
import { buildHandoutDocument } from '../../core/handout/document/build-handout-document';
import { createExerciseFigures } from '../../core/handout/document/exercise-figures';
import type { HandoutClinic } from '../../core/handout/document/handout-document-context';
import {
  describeUnsupportedCharacters,
  unsupportedCharactersInHandout,
} from '../../core/handout/fonts/unsupported-in-handout';
import { handoutSchema, handoutTemplateSchema, type Handout } from '../../core/handout/handout';
import { CLINIC_NAME_MAX_LENGTH, handoutDateProblem, PERSON_NAME_MAX_LENGTH } from '../../core/handout/handout-limits';
import { createKbLookup, type KbLookup } from '../../core/kb/kb-lookup';
import { singleLine } from '../../core/text/control-characters';
import { SHARED_FILE_MODE, writeFileAtomically } from '../../node/atomic-write';
import { countPdfPages, renderPdf } from '../../node/pdf/render-pdf';
import { EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, type CliCommand, type CliIo } from '../command';
import { requireKnowledgeBase } from '../require-knowledge-base';

const USAGE = 'handout --condition <id> --exercise <id>… --out <file.pdf>';

const HELP = `Usage: npm run cli -- handout --condition <id> --exercise <id>… [--topic <id>…]
         [--patient "…"] [--template <file>] --out <file.pdf>

Writes a patient handout PDF, the same as the app exports. Repeat --condition, --exercise and
--topic for several (or separate ids with commas). Exercises use the knowledge base's dosage.

Options:
  --condition <id>       a condition to explain (its red flags are always printed)
  --exercise <id>        an exercise for the programme
  --topic <id>           an advice topic, e.g. pain-monitoring, return-to-running-plan
  --patient "…"          patient name or initials (optional)
  --clinician "…"        clinician name
  --clinic "…"           clinic name for the header
  --date YYYY-MM-DD      handout date (default today); the review date is 4 weeks later
  --units km|miles       distances in the text (default km)
  --paper A4|Letter      paper size (default A4)
  --large-print          larger type
  --template <file>      a handout template (or saved handout) JSON: its conditions, exercises,
                         topics, notes and options; the ids given above are added to it
  --out <file.pdf>       where to write the PDF (required)`;

const OPTIONS = {
  condition: { type: 'string', multiple: true },
  exercise: { type: 'string', multiple: true },
  topic: { type: 'string', multiple: true },
  patient: { type: 'string' },
  clinician: { type: 'string' },
  clinic: { type: 'string' },
  date: { type: 'string' },
  units: { type: 'string' },
  paper: { type: 'string' },
  'large-print': { type: 'boolean' },
  template: { type: 'string' },
  out: { type: 'string' },
} as const;

class UsageError extends Error {}
class ProblemError extends Error {}

function ids(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (!match) throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return match;
}

/**
 * A name or clinic as the app would store it: on one line, without control characters (a pasted
 * escape sequence or direction override must reach neither the terminal nor the PDF), and no
 * longer than the app allows.
 */
function oneLineOption(name: string, value: string | undefined, maxLength: number): string | undefined {
  if (value === undefined) return undefined;
  const text = singleLine(value).trim();
  if (text.length > maxLength)
    throw new UsageError(`--${name} is ${text.length} characters long; the app allows at most ${maxLength}.`);
  return text;
}

/** Node's error codes in words a clinician can act on. */
function writeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'the folder does not exist';
  if (code === 'EISDIR') return 'that is a folder';
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** One readable line for an unexpected error: a schema's first issue rather than its JSON dump. */
function firstLine(error: unknown): string {
  const issues = (error as { issues?: { path: (string | number)[]; message: string }[] }).issues;
  if (Array.isArray(issues) && issues[0]) return `${issues[0].path.join('.') || 'handout'}: ${issues[0].message}`;
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n', 1)[0]!;
}

/** A template's programme, or a saved handout's, from a JSON file. */
async function readTemplate(file: string): Promise<Partial<NewHandoutInput>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ProblemError(
      `Cannot read the template ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ProblemError(`The template ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const template = handoutTemplateSchema.safeParse(data);
  if (template.success) return templateProgramme(template.data);
  const handout = handoutSchema.safeParse(data);
  if (handout.success) {
    const { conditions, exercises, topics, notes, options, patientName, clinicianName } = handout.data;
    return { conditions, exercises, topics, notes, options, patientName, clinicianName };
  }
  const problems = template.error.issues.slice(0, 5).map((i) => `  ${i.path.join('.') || '(top level)'}: ${i.message}`);
  throw new ProblemError(`The template ${file} is not a handout template:\n${problems.join('\n')}`);
}

function nearIds(id: string, all: readonly { id: string }[]): string {
  const near = all
    .map((x) => x.id)
    .filter((x) => x.includes(id) || id.includes(x) || x.split('-').some((w) => w.length > 3 && id.includes(w)))
    .slice(0, 5);
  return near.length > 0 ? ` Did you mean: ${near.join(', ')}?` : '';
}

function checkIds(lookup: KbLookup, conditions: string[], exercises: string[], topics: string[]): void {
  const problems = [
    ...conditions
      .filter((id) => !lookup.condition(id))
      .map((id) => `No condition with the id "${id}".${nearIds(id, lookup.kb.conditions)}`),
    ...exercises
      .filter((id) => !lookup.exercise(id))
      .map((id) => `No exercise with the id "${id}".${nearIds(id, lookup.kb.exercises)}`),
    ...topics
      .filter((id) => !lookup.topic(id))
      .map((id) => `No topic with the id "${id}".${nearIds(id, lookup.kb.topics)}`),
  ];
  if (problems.length > 0) throw new ProblemError(problems.join('\n'));
}

async function buildHandout(values: ReturnType<typeof parse>['values'], lookup: KbLookup): Promise<Handout> {
  const fromTemplate = values.template ? await readTemplate(values.template) : {};
  const conditions = [...(fromTemplate.conditions ?? []), ...ids(values.condition)];
  const exerciseIds = ids(values.exercise);
  const topics = [...(fromTemplate.topics ?? []), ...ids(values.topic)];
  const templateExercises = fromTemplate.exercises ?? [];
  checkIds(lookup, conditions, [...templateExercises.map((e) => e.exerciseId), ...exerciseIds], topics);
  if (conditions.length + templateExercises.length + exerciseIds.length === 0) {
    throw new UsageError('Give at least one --condition or --exercise (or a --template with some).');
  }
  const units = oneOf('units', values.units, ['km', 'miles'] as const) ?? fromTemplate.options?.units ?? 'km';
  const date = values.date ?? localToday();
  const dateProblem = handoutDateProblem(date);
  if (dateProblem) throw new UsageError(`--date ${dateProblem} (got "${date}")`);
  return createHandout({
    ...fromTemplate,
    id: crypto.randomUUID(),
    now: new Date().toISOString(),
    date,
    patientName: oneLineOption('patient', values.patient, PERSON_NAME_MAX_LENGTH) ?? fromTemplate.patientName ?? '',
    clinicianName:
      oneLineOption('clinician', values.clinician, PERSON_NAME_MAX_LENGTH) ?? fromTemplate.clinicianName ?? '',
    conditions: [...new Set(conditions)],
    exercises: [
      ...templateExercises,
      ...exerciseIds.map((id) => handoutExerciseFromKb(lookup.exercise(id)!, { units })),
    ],
    topics: [...new Set(topics)],
    options: {
      ...fromTemplate.options,
      units,
      ...(values.paper ? { paperSize: oneOf('paper', values.paper, ['A4', 'Letter'] as const) } : {}),
      ...(values['large-print'] ? { largePrint: true } : {}),
    },
  });
}

function parse(args: string[]) {
  return parseArgs({ args, allowPositionals: false, strict: true, options: OPTIONS });
}

function warnBeforeExport(io: CliIo, handout: Handout, clinic: HandoutClinic, lookup: KbLookup): void {
  const long = adherenceWarning(handout.exercises);
  if (long) io.err(`Warning: ${long}`);
  const missing = describeUnsupportedCharacters(
    unsupportedCharactersInHandout(handout, clinic, { exerciseName: (id) => lookup.exercise(id)?.name ?? id }),
  );
  if (missing) io.err(`Warning: ${missing}`);
}

export const handoutCommand: CliCommand = {
  name: 'handout',
  summary: 'Write a patient handout PDF (`npm run cli -- handout` lists every option)',
  usage: USAGE,
  async run(args, io) {
    let values;
    try {
      values = parse(args).values;
    } catch (error) {
      io.err(`${(error as Error).message}\n\n${HELP}`);
      return EXIT_USAGE;
    }
    if (!values.out) {
      io.err(`Missing --out <file.pdf>: where to write the handout.\n\n${HELP}`);
      return EXIT_USAGE;
    }
    const kb = await requireKnowledgeBase(io);
    if (!kb) return EXIT_PROBLEM;
    const lookup = createKbLookup(kb);
    let handout: Handout;
    let clinic: HandoutClinic;
    try {
      const clinicName = oneLineOption('clinic', values.clinic, CLINIC_NAME_MAX_LENGTH) ?? '';
      clinic = { name: clinicName, address: '', phone: '', email: '', logoDataUrl: null };
      handout = await buildHandout(values, lookup);
    } catch (error) {
      if (error instanceof UsageError) {
        io.err(error.message);
        return EXIT_USAGE;
      }
      io.err(error instanceof ProblemError ? error.message : `The handout could not be made: ${firstLine(error)}`);
      return EXIT_PROBLEM;
    }
    warnBeforeExport(io, handout, clinic, lookup);
    let bytes: Uint8Array;
    try {
      bytes = await renderPdf(
        buildHandoutDocument(handout, {
          lookup,
          clinic,
          figureFor: createExerciseFigures(lookup.kb.figures),
          creator: 'Stride Atlas command line',
        }),
      );
    } catch (error) {
      io.err(`The PDF could not be made, so ${values.out} was not touched: ${firstLine(error)}`);
      return EXIT_PROBLEM;
    }
    try {
      // Atomic: a full disk or a crash half-way leaves the PDF that was there, never a truncated one.
      await writeFileAtomically(values.out, bytes, fsp, SHARED_FILE_MODE);
    } catch (error) {
      io.err(`Cannot write ${values.out} (${writeProblem(error)}); any file already there is unchanged.`);
      return EXIT_PROBLEM;
    }
    const pages = countPdfPages(bytes);
    io.out(`Wrote ${values.out} (${pages} ${pages === 1 ? 'page' : 'pages'}, ${Math.round(bytes.length / 1024)} kB)`);
    return EXIT_OK;
  },
};
