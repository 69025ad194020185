import * as z from 'zod/mini';

/*
 * Zod compiles object parsers with `new Function` when it may, and probes
 * for that with a `new Function` of its own. Under a Content-Security-Policy
 * without 'unsafe-eval' the probe is reported as a violation. Parsing is
 * just as correct without the compiled fast path, and this app parses
 * little, so switch it off. It must run before the first schema is built:
 * main.tsx imports this module first.
 */
z.config({ jitless: true });
