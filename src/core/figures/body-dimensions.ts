/**
 * Proportions of the drawn body, in metres, for an adult of about 1.75 m. One set for everyone:
 * the figure is a friendly pictogram, not an avatar. Radii are the half-widths of the filled,
 * rounded limbs; they taper towards the hands and feet.
 */
export const BODY = {
  /** Hip joint to the centre line of the pelvis. */
  hipHalfWidth: 0.09,
  /** Centre of each buttock relative to its hip joint (back, up, out). */
  buttock: { back: 0.03, up: 0.03, out: -0.015 },
  buttockRadius: 0.105,
  /** Pelvis centre to the base of the neck, along the trunk. */
  spine: 0.5,
  /** The drawn trunk: waist and chest centres along the spine, with their half-width and half-depth. */
  waist: { along: 0.1, halfWidth: 0.125, halfDepth: 0.097 },
  chest: { along: 0.385, halfWidth: 0.15, halfDepth: 0.112 },
  neck: { length: 0.09, radius: 0.047 },
  head: { up: 0.088, forward: 0.012, radius: 0.105 },
  shoulder: { down: 0.025, out: 0.17 },
  upperArm: { length: 0.305, radius: [0.046, 0.038] },
  forearm: { length: 0.26, radius: [0.036, 0.029] },
  hand: { along: 0.055, radius: 0.041 },
  thigh: { length: 0.44, radius: [0.073, 0.052] },
  shank: { length: 0.43, radius: [0.05, 0.035] },
  /** Heel and ball of the foot relative to the ankle (forward, up), in the foot's frame. */
  heel: { forward: -0.045, up: -0.06, radius: 0.033 },
  toe: { forward: 0.155, up: -0.068, radius: 0.025 },
} as const;
