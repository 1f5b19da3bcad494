/**
 * A child process for kept-draft-crash.spec.ts: writes the kept consult through the desktop store
 * again and again, as fast as it can, until it is killed, and says "<n>" on stdout after write n
 * has finished. Arguments: the user-data folder and the number of the first write.
 */
import { createUserFileServices } from '../user-file-store';
import { keptDraft } from './kept-draft';

const [userData, first] = process.argv.slice(2);
if (!userData || !first) throw new Error('usage: draft-writer-child <user-data folder> <first write>');
const store = createUserFileServices(userData);
for (let write = Number(first); ; write++) {
  await store.saveUserFile('draft', keptDraft(write));
  process.stdout.write(`${write}\n`);
}
