/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { idSchema } from './id.gen'
import { permissionSchema } from './permission.gen'
import { roleSchema } from './role.gen'
import { timestampSchema } from './timestamp.gen'
import { unitCodeSchema } from './unit-code.gen'

export const meSchema = /* @__PURE__ */ z.object({
  id: idSchema,
  name: /* @__PURE__ */ z.string(),
  role: roleSchema,
  unit: /* @__PURE__ */ z.nullable(unitCodeSchema),
  permissions: /* @__PURE__ */ z
    .array(permissionSchema)
    .check(
      /* @__PURE__ */ z.refine(
        (items: unknown[]) => new Set(items).size === items.length,
        'Items must be unique',
      ),
    ),
  csrfToken: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(16)),
  sessionExpiresAt: /* @__PURE__ */ z.optional(timestampSchema),
  sessionLifetimeSeconds: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1)),
  ),
})
