import { describe, expect, it } from 'vitest';
import { isOwnOrigin } from '../security/app-origin';
import { isTrustedSender } from './trusted-sender';

const topFrame = { url: 'app://stride-atlas/index.html', parent: null };

describe('isTrustedSender', () => {
  it('trusts the top frame of our window on our origin', () => {
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: topFrame }, 7, (u) => isOwnOrigin(u))).toBe(true);
  });
  it('rejects another window', () => {
    expect(isTrustedSender({ sender: { id: 8 }, senderFrame: topFrame }, 7, (u) => isOwnOrigin(u))).toBe(false);
  });
  it('rejects a sub-frame', () => {
    expect(
      isTrustedSender({ sender: { id: 7 }, senderFrame: { ...topFrame, parent: {} } }, 7, (u) => isOwnOrigin(u)),
    ).toBe(false);
  });
  it('rejects a frame showing a foreign page', () => {
    expect(
      isTrustedSender({ sender: { id: 7 }, senderFrame: { url: 'https://evil.test/', parent: null } }, 7, (u) =>
        isOwnOrigin(u),
      ),
    ).toBe(false);
  });
  it('rejects a destroyed frame and calls before the window exists', () => {
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: null }, 7, (u) => isOwnOrigin(u))).toBe(false);
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: topFrame }, undefined, (u) => isOwnOrigin(u))).toBe(false);
  });
});
