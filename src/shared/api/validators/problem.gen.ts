/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { parameterErrorSchema } from './parameter-error.gen'
import { permissionSchema } from './permission.gen'

/**
 * An RFC 9457 problem document. `type` is one of the catalogue's URIs (see the introduction);
 * `title` and `detail` are for developers and logs, not for display. Further members may be
 * added (RFC 9457 extensions), so clients must ignore members they do not know.
 */
export const problemSchema = /* @__PURE__ */ z.looseObject({
  type: /* @__PURE__ */ z.enum([
    'https://duban.example/problems/invalid-parameter',
    'https://duban.example/problems/unauthenticated',
    'https://duban.example/problems/invalid-credentials',
    'https://duban.example/problems/forbidden',
    'https://duban.example/problems/csrf-missing',
    'https://duban.example/problems/not-found',
    'https://duban.example/problems/state-conflict',
    'https://duban.example/problems/idempotency-conflict',
    'https://duban.example/problems/rule-violation',
    'https://duban.example/problems/rate-limited',
    'https://duban.example/problems/internal',
    'https://duban.example/problems/unavailable',
  ]),
  title: /* @__PURE__ */ z.string(),
  status: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(400), /* @__PURE__ */ z.maximum(599)),
  detail: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  instance: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
  errors: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.array(parameterErrorSchema).check(/* @__PURE__ */ z.minLength(1)),
  ),
  requiredPermission: /* @__PURE__ */ z.optional(permissionSchema),
  retryAfterSeconds: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(0))),
})
