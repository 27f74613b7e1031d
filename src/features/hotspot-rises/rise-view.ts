import type { RiseDimension, RiseParams } from '@/entities/hotspot/api/rise-queries'

/** What the page shows, kept in the URL (the page's search params) so a link opens the same view. */
export interface RiseView {
  readonly dimension: RiseDimension
  /** The selected row's key (a code or a business name). */
  readonly row?: string | undefined
  readonly to?: string | undefined
  readonly weeks?: number | undefined
  readonly district?: RiseParams['district'] | undefined
  readonly channel?: RiseParams['channel'] | undefined
  readonly kind?: RiseParams['kind'] | undefined
}

export type RiseViewChange = (patch: Partial<RiseView>) => void

/** The API's query from the view (the dimension is the path). */
export function riseParams(view: RiseView): RiseParams {
  const params: RiseParams = {}
  if (view.to) params.to = view.to
  if (view.weeks) params.weeks = view.weeks
  if (view.district) params.district = view.district
  if (view.channel) params.channel = view.channel
  if (view.kind) params.kind = view.kind
  return params
}
