import { z } from 'zod/mini'

/**
 * The reports page's view: which report and which period, so that a link opens the same report.
 * A bad type falls back to the monthly analysis; the period is checked by the page (a period of
 * the wrong form is said so, then the default is shown).
 */
// The types written out, not imported: the route (and so this schema) is in the first load.
export const reportsSearchSchema = z.object({
  type: z.catch(z.optional(z.enum(['daily', 'monthly', 'quarterly'])), undefined),
  period: z.catch(z.optional(z.string().check(z.maxLength(20))), undefined),
})
