import { z } from 'zod/mini'
import { channelCodeSchema } from '@/shared/api/validators/channel-code.gen'
import { districtCodeSchema } from '@/shared/api/validators/district-code.gen'
import { kindCodeSchema } from '@/shared/api/validators/kind-code.gen'
import { riseDimensionSchema } from '@/shared/api/validators/rise-dimension.gen'

const optional = <T extends z.ZodMiniType>(schema: T) => z.catch(z.optional(schema), undefined)

/**
 * The Hotspots page's view: the dimension ranked, the selected row, the weeks (last day, how
 * many) and the filters. A bad value falls back to the default, never a crash.
 */
export const hotspotsSearchSchema = z.object({
  dimension: optional(riseDimensionSchema),
  row: optional(z.string().check(z.minLength(1), z.maxLength(200))),
  to: optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  // Read from the URL as digits (url-search.ts keeps strings); validated again as a number when
  // the router builds a location from the parsed search.
  // Digits, not a number: a number schema would bring zod's pipe and transform into the first
  // load (every route's search schema is in it). The page reads them as a number.
  weeks: optional(z.string().check(z.regex(/^(?:[1-9]|1\d|2[0-6])$/))),
  district: optional(districtCodeSchema),
  channel: optional(channelCodeSchema),
  kind: optional(kindCodeSchema),
})

export type HotspotsSearch = z.output<typeof hotspotsSearchSchema>
