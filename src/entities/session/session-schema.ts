import { z } from 'zod/mini'
import type { components } from '@/shared/api/schema.gen'
import { demoAccountListSchema, meSchema as contractMeSchema } from '@/shared/api/validators.gen'

/** Roles as the API names them (stable codes; the UI translates). */
export type Role = components['schemas']['Role']

/** Permissions as public/openapi.yaml lists them (`Permission`). */
export type Permission = components['schemas']['Permission']

/**
 * `GET /me` and the answer of `POST /session` (the contract's `Me`): the signed-in user and the
 * session's CSRF token. The token is readable by scripts on purpose (the session cookie is not):
 * sending it back in a header proves that a request came from the app.
 *
 * The generated validator, except for one deliberate leniency: permissions are plain strings,
 * not the enum, because a backend that grants a permission this build does not know yet must not
 * make every page fail validation. The UI only asks for the ones it knows.
 */
export const meSchema = z.extend(contractMeSchema, { permissions: z.array(z.string()) })
export type Me = z.infer<typeof meSchema>

/** `GET /session/demo-accounts`: served by the mock only, so the demo can be tried. */
export const demoAccountsSchema = demoAccountListSchema
export type DemoAccount = z.infer<typeof demoAccountListSchema>['items'][number]
