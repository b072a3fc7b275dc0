/**
 * Must be the renderer's first import. zod compiles fast parsers with `new Function` unless
 * told not to; GuDesk's CSP forbids eval, and even zod's guarded probe is reported as a CSP
 * violation in the console. Schemas read this flag when they are constructed (at import).
 */
import { z } from 'zod';

z.config({ jitless: true });
