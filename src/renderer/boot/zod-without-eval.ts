/**
 * zod, as the renderer sees it. zod builds fast validators with `new Function` when it can,
 * deciding as each object schema is created. Our Content-Security-Policy forbids eval, so that
 * probe only fails and reports a CSP violation. The renderer build resolves `zod` to this module,
 * so `jitless` is set before any schema exists, whatever order the bundle evaluates modules in.
 */
import { config } from 'zod/v4';

config({ jitless: true });

export * from 'zod/v4';
