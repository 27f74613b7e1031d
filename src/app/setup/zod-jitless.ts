import { z } from 'zod/mini'

// Zod compiles object parsers with `new Function` unless told not to, and merely probing
// for that is reported as a violation under our CSP (no 'unsafe-eval'). This module must be
// the first import of every entry point, before any schema is built or used.
z.config({ jitless: true })
