/**
 * The renderer's boot script: index.html runs it before the main script, which is much larger and
 * still downloading (and then compiling) while this one asks for the data files and parses them.
 * Left to the main script, the same requests could only be answered after all of its code had
 * evaluated, tens of milliseconds later on a slow machine. main.ts imports this module; the
 * browser evaluates it once, so both share the one request.
 */
import { DATA_REQUEST_MARK } from '../../shared/boot-marks';
import { bootAssetUrls, fetchDataFiles, type DataFiles } from './fetch-data-files';

performance.mark(DATA_REQUEST_MARK);

export const dataFilesLoading: Promise<DataFiles> = (async () => fetchDataFiles(bootAssetUrls(document)))();
