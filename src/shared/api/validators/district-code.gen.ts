/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * Area of the model city, Rizhao (371100), as seven disjoint areas. The four county-level
 * divisions by their administrative division codes: `371102` 东港区, `371103` 岚山区, `371121`
 * 五莲县, `371122` 莒县; the three functional zones, administered by branches of the city bureau
 * and counted as areas of their own (an item in a zone never also counts for the district
 * around it), by our own codes: `rz-etdz` 日照经济技术开发区, `rz-shanhaitian` 山海天旅游度假区,
 * `rz-hitech` 日照高新区.
 */
export const districtCodeSchema = /* @__PURE__ */ z.enum([
  '371102',
  '371103',
  '371121',
  '371122',
  'rz-etdz',
  'rz-shanhaitian',
  'rz-hitech',
])
