/**
 * Fetching the two data files the renderer starts from. Kept free of the search engine, zod and
 * Svelte so the boot script that runs it (data-request.ts) is a few kilobytes and runs while the
 * main script is still downloading.
 */
import { BOOT_ASSET_ATTRIBUTE, BOOT_ASSETS, type BootAssetName } from '../../shared/boot-assets';

export type BootAssetUrls = Record<BootAssetName, string>;

/** Each file parsed from JSON, or why it could not be (a BootError). */
export type DataFiles = Record<BootAssetName, PromiseSettledResult<unknown>>;

/** Why the app cannot start: shown to the user as it is, so written for them. */
export class BootError extends Error {
  override name = 'BootError';
}

/** The data files' URLs, from the preload links the build wrote into index.html. */
export function bootAssetUrls(document: Document): BootAssetUrls {
  const urlOf = (name: BootAssetName) => {
    const link = document.querySelector<HTMLLinkElement>(`link[${BOOT_ASSET_ATTRIBUTE}="${name}"]`);
    if (!link)
      throw new BootError(
        `This copy of Stride Atlas is incomplete: index.html does not name its ${name} file. Reinstall or rebuild it.`,
      );
    return link.href;
  };
  return {
    [BOOT_ASSETS.knowledgeBase]: urlOf(BOOT_ASSETS.knowledgeBase),
    [BOOT_ASSETS.searchIndex]: urlOf(BOOT_ASSETS.searchIndex),
  };
}

async function fetchJson(fetchFile: typeof fetch, name: BootAssetName, url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFile(url);
  } catch (error) {
    throw new BootError(`The ${name} file could not be opened (${url}): ${(error as Error).message}`);
  }
  if (!response.ok)
    throw new BootError(
      `The ${name} file could not be opened (${url}): ${response.status} ${response.statusText}`.trim(),
    );
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BootError(
      `The ${name} file is damaged (${url}): ${(error as Error).message}. Reinstall or rebuild Stride Atlas.`,
    );
  }
}

/** Fetches and parses both files in parallel; never rejects (each outcome is in the result). */
export async function fetchDataFiles(urls: BootAssetUrls, fetchFile: typeof fetch = fetch): Promise<DataFiles> {
  const [knowledgeBase, searchIndex] = await Promise.allSettled([
    fetchJson(fetchFile, BOOT_ASSETS.knowledgeBase, urls[BOOT_ASSETS.knowledgeBase]),
    fetchJson(fetchFile, BOOT_ASSETS.searchIndex, urls[BOOT_ASSETS.searchIndex]),
  ]);
  return { [BOOT_ASSETS.knowledgeBase]: knowledgeBase, [BOOT_ASSETS.searchIndex]: searchIndex };
}
