import { z } from 'zod/mini'

const probeOrigin = 'https://duban.invalid'

/**
 * Whether a path stays on this site when followed. The prefix test alone is not enough: URL
 * parsing turns "/\evil.example" (and "/<tab>/evil.example") into "//evil.example".
 */
function staysOnSite(path: string): boolean {
  try {
    return new URL(path, probeOrigin).origin === probeOrigin
  } catch {
    return false
  }
}

/**
 * Where to go after signing in. Only same-origin paths are accepted, so a crafted link
 * cannot send the user to another site (open redirect).
 */
export const signInSearchSchema = z.object({
  redirect: z.catch(z.optional(z.string().check(z.regex(/^\/(?!\/)/), z.refine(staysOnSite))), undefined),
})
