import { getRouteApi } from '@tanstack/react-router'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { AlertLifecycleSection } from '@/features/alert-lifecycle'
import { HotspotRises } from '@/features/hotspot-rises/hotspot-rises'
import type { RiseView } from '@/features/hotspot-rises/rise-view'
import { Page } from '@/shared/ui/page/page'

const route = getRouteApi('/_shell/hotspots')

/**
 * Hotspots: what is rising against its holiday-aware baseline (ranking, heat map, trend with
 * the event calendar), and the alerts raised for surges and deadlines.
 */
export function HotspotsPage() {
  const { t } = useTranslation()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const view: RiseView = {
    ...search,
    dimension: search.dimension ?? 'category',
    weeks: search.weeks === undefined ? undefined : Number(search.weeks),
  }
  const onView = useCallback(
    (patch: Partial<RiseView>) => {
      const next: Record<string, unknown> = { ...search, ...patch }
      if (typeof next.weeks === 'number') next.weeks = String(next.weeks)
      // The default dimension is left out of the URL.
      if (next.dimension === 'category') delete next.dimension
      void navigate({
        search: Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined)),
        replace: true,
        resetScroll: false,
      })
    },
    [navigate, search],
  )
  return (
    <Page title={t('pages.hotspots.title')} description={t('pages.hotspots.description')}>
      <HotspotRises view={view} onView={onView} />
      <AlertLifecycleSection />
    </Page>
  )
}
