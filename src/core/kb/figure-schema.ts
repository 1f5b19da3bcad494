/**
 * Runtime schema of an exercise figure (`data/figures/<exercise-id>.yaml`): the key poses of the
 * exercise as joint angles plus what touches the ground, the props, the target muscles to tint and
 * which limbs do the work. Strict objects, like `schema.ts`, so a misspelt field is an error.
 *
 * A figure is always authored for the WORKING side (`work…` fields); the renderer draws it as the
 * left or the right side from the handout's setting. Angles are degrees from the anatomical
 * standing position; the sign conventions are documented in `src/core/figures/README.md`.
 */
import { z } from 'zod';
import { kebabId } from './kebab-id';

/** Where the camera looks from: the working side, the front or the back of the body. */
export const FIGURE_VIEWS = ['side', 'front', 'back'] as const;
export type FigureView = (typeof FIGURE_VIEWS)[number];

/** Limbs that can be coloured as working. `leg` and `arm` are the working side's. */
export const FIGURE_LIMBS = ['leg', 'other-leg', 'arm', 'other-arm'] as const;
export type FigureLimb = (typeof FIGURE_LIMBS)[number];

/** Named points on the body: contacts, prop positions and motion arrows refer to these. */
export const SIDED_LANDMARKS = [
  'shoulder',
  'elbow',
  'hand',
  'hip',
  'thigh',
  'knee',
  'ankle',
  'heel',
  'toe',
  'foot',
] as const;
export const CENTRAL_LANDMARKS = [
  'head',
  'back',
  'upper-back',
  'chest',
  'pelvis',
  'hip-front',
  'shoulders',
  'hands',
  'knees',
  'feet',
] as const;
export const LANDMARKS = [
  ...CENTRAL_LANDMARKS,
  ...SIDED_LANDMARKS.map((l) => `work-${l}` as const),
  ...SIDED_LANDMARKS.map((l) => `other-${l}` as const),
] as const;
export type Landmark = (typeof LANDMARKS)[number];

/** Muscle areas that can be tinted with the accent colour. */
export const MUSCLE_AREAS = [
  'gluteus-maximus',
  'gluteus-medius',
  'deep-rotators',
  'hip-flexors',
  'quadriceps',
  'hamstrings',
  'adductors',
  'lateral-thigh',
  'calf',
  'abdominals',
  'obliques',
  'lower-back',
  'pelvic-floor',
] as const;
export type MuscleArea = (typeof MUSCLE_AREAS)[number];

export const PROP_KINDS = [
  'mat',
  'wall',
  'step',
  'bench',
  'chair',
  'small-ball',
  'stability-ball',
  'foam-roller',
  'massage-ball',
  'cushion',
  'kettlebell',
  'dumbbell',
  'barbell',
  'small-weight',
  'loop-band',
  'resistance-band',
  'strap',
  'slide-board',
  'agility-ladder',
  'leg-press',
  'bicycle',
  'pool',
] as const;
export type PropKind = (typeof PROP_KINDS)[number];

const text = z.string().trim().min(1, 'must not be empty');
const angle = z.number().min(-180).max(180);
const metres = z.number().min(-5).max(5);

const rotationSchema = z.strictObject({ flex: angle.optional(), abd: angle.optional(), rot: angle.optional() });
const legSchema = z.strictObject({ hip: rotationSchema.optional(), knee: angle.optional(), ankle: angle.optional() });
const armSchema = z.strictObject({ shoulder: rotationSchema.optional(), elbow: angle.optional() });

const landmark = z.enum(LANDMARKS);

/** A body point resting on the floor, or on a prop named by its kind (`on: step`). */
export const figureContactSchema = z.union([landmark, z.strictObject({ point: landmark, on: z.enum(PROP_KINDS) })]);

/**
 * A body point that holds or touches something without resting its weight on it: hands holding
 * a bar (`on: barbell`) or flat on a wall (`on: wall`), hands round a thigh (`to: other-thigh`),
 * an ankle crossed over a knee (`to: other-knee`). The plausibility check measures the reach.
 */
export const figureTouchSchema = z.union([
  z.strictObject({ point: landmark, on: z.enum(PROP_KINDS) }),
  z.strictObject({ point: landmark, to: landmark }),
]);

/** Camera of a picture: see `view`, `elevation` and `turn` on the figure. */
const cameraFields = {
  view: z.enum(FIGURE_VIEWS),
  elevation: z.number().min(0).max(70).optional(),
  turn: z.number().min(-90).max(90).optional(),
};

/** What a cue drawn beside the body shows, for a change the body's outline cannot show. */
export const FIGURE_CUES = ['pelvic-floor'] as const;
export type FigureCue = (typeof FIGURE_CUES)[number];

/** Gaits of a timeline segment: drawn low (walking) or tall (running). */
export const FIGURE_PACES = ['walk', 'run'] as const;
export type FigurePace = (typeof FIGURE_PACES)[number];

export const figurePoseSchema = z.strictObject({
  name: kebabId,
  /** A few plain words for the step-through and the screen-reader description. */
  label: text,
  /** Whole-body orientation: tilt forward (+90 face down, -90 on the back), roll onto the other side, turn towards the camera. */
  body: z.strictObject({ tilt: angle.optional(), roll: angle.optional(), turn: angle.optional() }).optional(),
  /** Trunk relative to the pelvis: flex forward, bend and twist towards the working side. */
  trunk: z.strictObject({ flex: angle.optional(), bend: angle.optional(), twist: angle.optional() }).optional(),
  neck: angle.optional(),
  /** Angles for both legs; `workLeg` and `otherLeg` override them field by field. */
  legs: legSchema.optional(),
  workLeg: legSchema.optional(),
  otherLeg: legSchema.optional(),
  arms: armSchema.optional(),
  workArm: armSchema.optional(),
  otherArm: armSchema.optional(),
  contact: z.array(figureContactSchema),
  /** Height of the lowest point above the ground, for a pose with no contact (a hop). */
  lift: z.number().min(0).max(1).optional(),
  /** Sideways travel of the anchor point in metres (walking across a slide board). */
  shift: metres.optional(),
  /** What the hands (or another point) hold or touch in this pose; checked for reach. */
  touch: z.array(figureTouchSchema).optional(),
  /** For a figure with a `cue`: how far the inner movement has gone, 0 relaxed to 1 fully lifted. */
  squeeze: z.number().min(0).max(1).optional(),
});

export const figurePropSchema = z.strictObject({
  kind: z.enum(PROP_KINDS),
  /** The body point the prop is placed at (a step under a foot, a ball between the knees). */
  at: landmark.optional(),
  /** A second body point: the other end of a band or strap. */
  to: landmark.optional(),
  /** Which key pose places the prop (default the first); ignored when it follows the body. */
  pose: z.number().int().min(0).optional(),
  /** Moves with the body in every pose (a weight in the hand, a ball under the heels). */
  follow: z.boolean().optional(),
  /** Offset in metres, right and up as drawn for the working side shown on the right. */
  dx: metres.optional(),
  dy: metres.optional(),
  /** Offset out to the working side's side of the body (negative: towards the other side), metres. */
  out: metres.optional(),
  /** Kind-specific size in metres: the height of a step or seat, the diameter of a ball. */
  size: z.number().positive().max(3).optional(),
});

export const figureTargetSchema = z.strictObject({
  area: z.enum(MUSCLE_AREAS),
  side: z.enum(['work', 'other', 'both']).optional(),
});

export const figureArrowSchema = z.strictObject({
  /** The body point whose path from the first to the last key pose the arrow follows. */
  point: landmark,
  /** Which key poses the arrow runs between (default the first and the last). */
  from: z.number().int().min(0).optional(),
  to: z.number().int().min(0).optional(),
  /** Moves the arrow away from the body, in metres (right and up as drawn). */
  dx: metres.optional(),
  dy: metres.optional(),
  /**
   * A held push instead of a path (an isometric press into a wall): a short straight arrow that
   * ends at the point in the last pose and points this way, [right, up] as drawn.
   */
  press: z
    .tuple([z.number(), z.number()])
    .refine(([x, y]) => x !== 0 || y !== 0, 'a press needs a direction')
    .optional(),
});

/**
 * A second, smaller picture of the same pose from another camera, drawn beside the main one: for
 * a movement the main view cannot show (a knee turning out, seen from the feet).
 */
export const figureSecondViewSchema = z.strictObject({
  ...cameraFields,
  /** Its size relative to the main picture. */
  scale: z.number().min(0.3).max(1).optional(),
  /** Its own motion arrow (default none): the movement it is there to show. */
  arrow: z.union([z.literal('none'), figureArrowSchema]).optional(),
});

/** One stretch of a session drawn on a timeline under the figure (walk 2 minutes, run 1). */
export const figureTimelineSegmentSchema = z.strictObject({
  /** The key poses that belong to this stretch: the stretch is highlighted while they show. */
  poses: z.array(kebabId).min(1),
  minutes: z.number().positive().max(120),
  pace: z.enum(FIGURE_PACES),
});

export const exerciseFigureSchema = z
  .strictObject({
    id: kebabId,
    view: cameraFields.view,
    /** Camera height: looks down at the body by this many degrees (a clamshell seen from the front and above). */
    elevation: cameraFields.elevation,
    /** Camera turned round the body: negative towards its back (a three-quarter rear view of a fire hydrant). */
    turn: cameraFields.turn,
    /** A second view of the same pose, beside the main one. */
    secondView: figureSecondViewSchema.optional(),
    /** A cue drawn beside the body for an inner movement (the pelvic floor lifting); poses set `squeeze`. */
    cue: z.enum(FIGURE_CUES).optional(),
    /** A session of changing pace drawn as a timeline under the figure (walk, then jog). */
    timeline: z.array(figureTimelineSegmentSchema).min(2).optional(),
    /** Limbs drawn in the stronger working tone. */
    working: z.array(z.enum(FIGURE_LIMBS)),
    targets: z.array(figureTargetSchema).min(1, 'tint at least one target muscle area'),
    props: z.array(figurePropSchema),
    /** The body point that stays put horizontally from pose to pose (default: first contact). */
    anchor: landmark.optional(),
    /** Animation: go to the last pose and back again, or round the poses in a loop. */
    cycle: z.enum(['back-and-forth', 'loop']).optional(),
    /** The motion arrow; `none` for a held position. Default: the point that moves most. */
    arrow: z.union([z.literal('none'), figureArrowSchema]).optional(),
    poses: z.array(figurePoseSchema).min(2, 'a figure needs at least a start and an end pose'),
  })
  .superRefine((figure, ctx) => {
    const names = new Set<string>();
    figure.poses.forEach((pose, i) => {
      if (names.has(pose.name))
        ctx.addIssue({ code: 'custom', path: ['poses', i, 'name'], message: `pose name "${pose.name}" is used twice` });
      names.add(pose.name);
      pose.contact.forEach((c, j) => {
        if (typeof c !== 'string' && !figure.props.some((p) => p.kind === c.on)) {
          ctx.addIssue({ code: 'custom', path: ['poses', i, 'contact', j, 'on'], message: `no "${c.on}" in props` });
        }
      });
      if (pose.contact.length === 0 && pose.lift === undefined) {
        ctx.addIssue({ code: 'custom', path: ['poses', i, 'contact'], message: 'a pose needs a contact or a lift' });
      }
    });
    figure.props.forEach((p, i) => {
      if (p.pose !== undefined && p.pose >= figure.poses.length) {
        ctx.addIssue({ code: 'custom', path: ['props', i, 'pose'], message: `there is no pose ${p.pose}` });
      }
    });
    const poseNames = new Set(figure.poses.map((p) => p.name));
    figure.timeline?.forEach((segment, i) =>
      segment.poses.forEach((name, j) => {
        if (!poseNames.has(name))
          ctx.addIssue({ code: 'custom', path: ['timeline', i, 'poses', j], message: `there is no pose "${name}"` });
      }),
    );
    if (figure.timeline && new Set(figure.timeline.map((s) => s.pace)).size < 2)
      ctx.addIssue({ code: 'custom', path: ['timeline'], message: 'a timeline shows a change of pace: use two paces' });
    figure.poses.forEach((pose, i) => {
      if (pose.squeeze !== undefined && !figure.cue)
        ctx.addIssue({ code: 'custom', path: ['poses', i, 'squeeze'], message: 'squeeze needs a cue to show it' });
      pose.touch?.forEach((t, j) => {
        if ('on' in t && !figure.props.some((p) => p.kind === t.on))
          ctx.addIssue({ code: 'custom', path: ['poses', i, 'touch', j, 'on'], message: `no "${t.on}" in props` });
      });
    });
    if (figure.arrow && figure.arrow !== 'none') {
      for (const key of ['from', 'to'] as const) {
        const v = figure.arrow[key];
        if (v !== undefined && v >= figure.poses.length)
          ctx.addIssue({ code: 'custom', path: ['arrow', key], message: `there is no pose ${v}` });
      }
    }
  });

export type ExerciseFigure = z.infer<typeof exerciseFigureSchema>;
export type FigurePose = ExerciseFigure['poses'][number];
export type FigureProp = z.infer<typeof figurePropSchema>;
export type FigureContact = z.infer<typeof figureContactSchema>;
export type FigureTarget = z.infer<typeof figureTargetSchema>;
export type FigureArrow = z.infer<typeof figureArrowSchema>;
export type FigureTouch = z.infer<typeof figureTouchSchema>;
export type FigureSecondView = z.infer<typeof figureSecondViewSchema>;
export type FigureTimelineSegment = z.infer<typeof figureTimelineSegmentSchema>;
