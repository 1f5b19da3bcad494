import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, DEVELOPMENT_CONTENT_SECURITY_POLICY } from '../../src/shared/content-security-policy';

/** Writes the CSP into index.html as a <meta> tag (the servers also send it as a header). */
export function contentSecurityPolicyPlugin(): Plugin {
  let policy = CONTENT_SECURITY_POLICY;
  return {
    name: 'stride-atlas:content-security-policy',
    configResolved(config) {
      if (config.command === 'serve') policy = DEVELOPMENT_CONTENT_SECURITY_POLICY;
    },
    transformIndexHtml() {
      return [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
      ];
    },
  };
}
