import type { BodyRegion } from '../../core/kb/schema';
import type { Side } from '../../core/kb/vocabulary';

const SIDE_WORDS: Record<Side, string> = { left: 'Left', right: 'Right' };

/**
 * The name a region goes by on screen and for assistive technology, always by the PATIENT's side:
 * "Left lateral hip (greater trochanter)". Labels come from data/body-regions.yaml.
 */
export function regionName(region: Pick<BodyRegion, 'label'>, side: Side): string {
  return `${SIDE_WORDS[side]} ${region.label.charAt(0).toLowerCase()}${region.label.slice(1)}`;
}

/** A stable key for one side of one region, e.g. "left:groin". */
export const regionKey = (region: string, side: Side): string => `${side}:${region}`;
