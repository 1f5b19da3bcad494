import { describe, expect, it } from 'vitest';
import { forwardKinematics } from './forward-kinematics';
import { lowestPoint } from './landmarks';
import { resolvePose } from './pose-angles';

const pose = (extra: object = {}) => resolvePose({ name: 'p', label: 'p', contact: ['work-foot'], ...extra });

describe('forward kinematics', () => {
  it('stands an adult of about 1.75 m, pelvis at the origin, working side towards the viewer', () => {
    const body = forwardKinematics(pose().angles, 'side');
    const height = body.head.y + 0.105 - lowestPoint(body);
    expect(height).toBeGreaterThan(1.68);
    expect(height).toBeLessThan(1.8);
    expect(body.legs.work.hip.z).toBeGreaterThan(0);
    expect(body.legs.other.hip.z).toBeLessThan(0);
    expect(body.legs.work.toe.x).toBeGreaterThan(body.legs.work.heel.x); // facing right
  });

  it('flexes the hip forwards, the knee backwards and the ankle toes-up', () => {
    const hip = forwardKinematics(pose({ workLeg: { hip: { flex: 90 } } }).angles, 'side').legs.work;
    expect(hip.knee.x - hip.hip.x).toBeCloseTo(0.44, 2);
    expect(hip.knee.y).toBeCloseTo(hip.hip.y, 2);
    const knee = forwardKinematics(pose({ workLeg: { knee: 90 } }).angles, 'side').legs.work;
    expect(knee.ankle.x).toBeLessThan(knee.knee.x - 0.4);
    const ankle = forwardKinematics(pose({ workLeg: { ankle: 30 } }).angles, 'side').legs.work;
    expect(ankle.toe.y).toBeGreaterThan(ankle.heel.y);
  });

  it('abducts each leg away from the midline', () => {
    const body = forwardKinematics(pose({ legs: { hip: { abd: 30 } } }).angles, 'side');
    expect(body.legs.work.ankle.z).toBeGreaterThan(0.3);
    expect(body.legs.other.ankle.z).toBeLessThan(-0.3);
  });

  it('lies the body on its back with tilt -90 and turns it to face the viewer in the front view', () => {
    const supine = forwardKinematics(pose({ body: { tilt: -90 } }).angles, 'side');
    expect(supine.head.x).toBeLessThan(-0.5);
    expect(Math.abs(supine.head.y)).toBeLessThan(0.05);
    const front = forwardKinematics(pose().angles, 'front');
    expect(front.legs.work.toe.z).toBeGreaterThan(front.legs.work.heel.z);
    // Facing the viewer, the body's right is on the picture's left.
    expect(front.legs.work.hip.x).toBeLessThan(0);
  });
});
