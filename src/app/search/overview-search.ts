import { z } from 'zod/mini'
import { compareBases, periodChoices } from '@/entities/period/period-presets'
import { channelCodeSchema } from '@/shared/api/validators/channel-code.gen'
import { districtCodeSchema } from '@/shared/api/validators/district-code.gen'

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))

/**
 * The overview's view state, kept in the URL so a copied link opens the same view. Every field
 * falls back to its default on its own: a mangled link still opens the page. `from`/`to` only
 * count with `period=custom` (resolvePeriod checks them against today).
 */
export const overviewSearchSchema = z.object({
  period: z.catch(z._default(z.enum(periodChoices), 'today'), 'today'),
  from: z.catch(z.optional(day), undefined),
  to: z.catch(z.optional(day), undefined),
  compare: z.catch(z._default(z.enum(compareBases), 'previous'), 'previous'),
  district: z.catch(z.optional(districtCodeSchema), undefined),
  channel: z.catch(z.optional(channelCodeSchema), undefined),
})

export type OverviewSearch = z.infer<typeof overviewSearchSchema>
