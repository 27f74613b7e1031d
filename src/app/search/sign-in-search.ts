import { z } from 'zod/mini'

/**
 * Where to go after signing in. Only same-origin paths are accepted, so a crafted link
 * cannot send the user to another site (open redirect).
 */
export const signInSearchSchema = z.object({
  redirect: z.catch(z.optional(z.string().check(z.regex(/^\/(?!\/)/))), undefined),
})
