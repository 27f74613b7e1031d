import { z } from 'zod/mini'
import { periodPresets } from '@/entities/period/period-presets'

/**
 * The overview's view state, kept in the URL so a copied link opens the same view.
 * Every field falls back to its default: a mangled link still opens the page.
 */
export const overviewSearchSchema = z.object({
  period: z.catch(z._default(z.enum(periodPresets), 'today'), 'today'),
})
