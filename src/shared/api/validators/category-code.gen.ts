/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run `npm run api:validators` (or `npm run api:types`).
 */
import { z } from 'zod/mini'

/**
 * Subject category: `prepaidCards` prepaid cards, `cateringLodging` catering and lodging,
 * `tourism`, `onlineShopping` online shopping and livestream sales, `homeRenovation`, `cars`
 * (incl. electric), `education` education and training, `beautyMedical` beauty and cosmetic
 * medicine, `foodSafety`, `falseAdvertising`, `pricing`, `productQuality`, `afterSales`
 * after-sales service, `telecoms`.
 */
export const categoryCodeSchema = /* @__PURE__ */ z.enum([
  'prepaidCards',
  'cateringLodging',
  'tourism',
  'onlineShopping',
  'homeRenovation',
  'cars',
  'education',
  'beautyMedical',
  'foodSafety',
  'falseAdvertising',
  'pricing',
  'productQuality',
  'afterSales',
  'telecoms',
])
