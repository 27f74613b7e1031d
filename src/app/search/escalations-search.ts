import { z } from 'zod/mini'
import { escalationScopes } from '@/pages/escalations/escalation-scope'

/** The escalations page's view: whose supervisions. A bad value falls back to all of them. */
export const escalationsSearchSchema = z.object({
  scope: z.catch(z.optional(z.enum(escalationScopes)), undefined),
})
