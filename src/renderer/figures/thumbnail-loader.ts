/**
 * The thumbnail drawing code (./thumbnail-images, with the figure geometry of core/figures) loads
 * after the first paint, not with the first screen: that screen shows no exercise pictures (the
 * Library's exercises start closed), and the workbench fetches this in idle time straight after.
 */
type ThumbnailImages = typeof import('./thumbnail-images');

let loaded: ThumbnailImages | undefined;
let loading: Promise<ThumbnailImages> | undefined;

export function loadThumbnailImages(): Promise<ThumbnailImages> {
  return (loading ??= import('./thumbnail-images').then((module) => (loaded = module)));
}

/** The drawing code if it is in, so that a card can draw in the same frame it appears in. */
export function loadedThumbnailImages(): ThumbnailImages | undefined {
  return loaded;
}
