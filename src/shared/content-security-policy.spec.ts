import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_DIRECTIVES,
  DEVELOPMENT_CONTENT_SECURITY_POLICY,
} from './content-security-policy';

describe('the Content Security Policy', () => {
  it('is exactly the agreed strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self' data: blob:; worker-src 'self' blob:; " +
        "frame-src 'self' blob:; media-src 'none'; manifest-src 'none'; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'",
    );
  });

  it('never allows eval, inline script or a remote source', () => {
    for (const [directive, values] of Object.entries(CONTENT_SECURITY_POLICY_DIRECTIVES)) {
      for (const value of values) {
        expect(value, directive).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-inline|^https?:|^wss?:|^\*$/);
      }
    }
    expect(CONTENT_SECURITY_POLICY_DIRECTIVES['default-src']).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY_DIRECTIVES['object-src']).toEqual(["'none'"]);
  });

  it('relaxes only styles and the local HMR socket in development, never scripts', () => {
    expect(DEVELOPMENT_CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(DEVELOPMENT_CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(DEVELOPMENT_CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});
