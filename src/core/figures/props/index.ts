/** Draws each prop of a figure: which drawer a kind uses, and whether it follows the body. */
import type { PropKind } from '../../kb/figure-schema';
import { agilityLadder, cushion, mat, slideBoard } from './floor-props';
import { bench, chair, step, wall } from './furniture';
import { floorBall, heldBall } from './balls';
import { barbell, dumbbell, kettlebell, smallWeight } from './weights';
import { loopBand, resistanceBand, strap } from './bands';
import { bicycle, legPress, pool } from './machines';
import type { PropContext, PropItem } from './prop-context';

export type { PropContext, PropItem } from './prop-context';

const DRAW: Record<PropKind, (ctx: PropContext) => PropItem[]> = {
  mat,
  wall,
  step,
  bench,
  chair,
  'small-ball': heldBall,
  'stability-ball': floorBall,
  'foam-roller': floorBall,
  'massage-ball': heldBall,
  cushion,
  kettlebell,
  dumbbell,
  barbell,
  'small-weight': smallWeight,
  'loop-band': loopBand,
  'resistance-band': resistanceBand,
  strap,
  'slide-board': slideBoard,
  'agility-ladder': agilityLadder,
  'leg-press': legPress,
  bicycle,
  pool,
};

/** Kinds that move with the body unless the figure says otherwise (held, worn or rolled on). */
const FOLLOWS: ReadonlySet<PropKind> = new Set<PropKind>([
  'small-ball',
  'stability-ball',
  'foam-roller',
  'massage-ball',
  'kettlebell',
  'dumbbell',
  'barbell',
  'loop-band',
  'strap',
]);

export const propFollowsBody = (kind: PropKind, follow: boolean | undefined): boolean => follow ?? FOLLOWS.has(kind);

export function drawProp(ctx: PropContext): PropItem[] {
  return DRAW[ctx.prop.kind](ctx);
}
