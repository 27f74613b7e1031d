import { z } from 'zod/mini'

/** Roles as the API names them (stable codes; the UI translates). */
export const roles = ['director', 'staff', 'wall'] as const
export type Role = (typeof roles)[number]

export const roleSchema = z.enum(roles)

/** Permissions as public/openapi.yaml lists them (`Permission`). */
export const permissions = [
  'readAggregates',
  'readWorkOrders',
  'readAllUnits',
  'remind',
  'revealContact',
  'supervise',
  'decide',
  'manageAlerts',
  'publishReports',
  'readDutyRoster',
  'readTicker',
] as const
export type Permission = (typeof permissions)[number]

/**
 * `GET /me` and the answer of `POST /session` (the contract's `Me`): the signed-in user and the
 * session's CSRF token. The token is readable by scripts on purpose (the session cookie is not):
 * sending it back in a header proves that a request came from the app.
 */
export const meSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  /** The user's unit code (`staff`); `null` for city-wide roles. */
  unit: z.nullable(z.string()),
  // Plain strings, not the enum: a backend that grants a permission this build does not know
  // yet must not make every page fail validation. The UI only asks for the ones it knows.
  permissions: z.array(z.string()),
  csrfToken: z.string().check(z.minLength(16)),
})
export type Me = z.infer<typeof meSchema>

/** `GET /session/demo-accounts`: served by the mock only, so the demo can be tried. */
export const demoAccountSchema = z.object({
  username: z.string(),
  password: z.string(),
  role: roleSchema,
  unit: z.nullable(z.string()),
})
export type DemoAccount = z.infer<typeof demoAccountSchema>

export const demoAccountsSchema = z.object({ items: z.array(demoAccountSchema) })
