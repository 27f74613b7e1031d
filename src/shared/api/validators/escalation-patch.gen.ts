/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'
import { chinaDateSchema } from './china-date.gen'

/**
 * At least one field. `status` and `dueDate` are for directors; `note` adds a progress note.
 */
export const escalationPatchSchema = /* @__PURE__ */ z
  .object({
    status: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.literal('closed')),
    dueDate: /* @__PURE__ */ z.optional(chinaDateSchema),
    note: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(1000)),
    ),
  })
  .check(
    /* @__PURE__ */ z.refine((value: object) => Object.keys(value).length >= 1, 'At least 1 member expected'),
  )
