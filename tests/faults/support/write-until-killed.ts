/**
 * The child process of the kill test: writes the stores' files over and over, each generation
 * whole, until the parent kills it. It writes through the stores' own code (JsonFileStore, the
 * atomic write), but imports no schema, so it starts quickly on a busy machine. Arguments: the
 * user-data folder, the first generation, and a valid handout as JSON to vary.
 */
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';
import { JsonFileStore } from '../../../src/main/store/json-file-store';
import { SHARED_FILE_MODE, writeFileAtomically } from '../../../src/node/atomic-write';
import { generationPdf, HANDOUT_IDS, settingsOfGeneration } from './generations';

const [folder, startText, handoutJson] = process.argv.slice(2) as [string, string, string];
const start = Number(startText);
const handout = JSON.parse(handoutJson) as Record<string, unknown>;
const settings = new JsonFileStore(folder);
const handouts = new JsonFileStore(join(folder, 'handouts'));

for (let generation = start; ; generation++) {
  await Promise.all([
    settings.write('settings.json', settingsOfGeneration(generation)),
    writeFileAtomically(join(folder, 'handout.pdf'), generationPdf(generation), fsp, SHARED_FILE_MODE),
    ...HANDOUT_IDS.map((id) => handouts.write(`${id}.json`, { ...handout, id, notes: `generation ${generation}` })),
  ]);
  // The parent starts its clock once the first generation is on disk.
  if (generation === start) process.stdout.write('ready\n');
}
