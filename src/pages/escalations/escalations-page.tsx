import { useQuery } from '@tanstack/react-query'
import { getRouteApi, Outlet } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { everyEscalationQueryOptions } from '@/entities/escalation/api/escalation-queries'
import { meQueryOptions } from '@/entities/session/me-query'
import { everyWorkOrderQueryOptions } from '@/entities/work-order/api/work-order-queries'
import { usePolling } from '@/shared/preferences/use-polling'
import { Page } from '@/shared/ui/page/page'
import { EscalationListPanel } from './escalation-list-panel'
import { ScopeTabs } from './scope-tabs'
import { SuggestionsPanel } from './suggestions-panel'
import { SummaryPanel } from './summary-panel'

const route = getRouteApi('/_shell/escalations')

/**
 * Supervision (督办) for directors: what is under supervision, most pressing first, with the
 * actions on each, and how supervision has gone (on time, how fast). Staff see their unit's
 * supervisions without the director's actions. A supervised item opens in the work-order drawer.
 */
export function EscalationsPage() {
  const { t } = useTranslation()
  const { scope = 'all' } = route.useSearch()
  const me = useQuery(meQueryOptions())
  const maySupervise = me.data?.permissions.includes('supervise') ?? false
  const polling = usePolling()
  const open = useQuery({ ...everyEscalationQueryOptions({ status: 'open' }), ...polling })
  const closed = useQuery({ ...everyEscalationQueryOptions({ status: 'closed' }), ...polling })
  const orders = useQuery({ ...everyWorkOrderQueryOptions({ status: 'supervised' }), ...polling })
  // "Mine" is by user id: two directors may share a display name.
  const openedById = maySupervise && scope === 'mine' ? me.data?.id : undefined
  return (
    <Page title={t('pages.escalations.title')} description={t('pages.escalations.description')}>
      {maySupervise ? <ScopeTabs current={scope} /> : null}
      <SummaryPanel open={open} closed={closed} openedById={openedById} />
      <EscalationListPanel open={open} orders={orders} openedById={openedById} maySupervise={maySupervise} />
      {maySupervise ? <SuggestionsPanel /> : null}
      {/* A supervised item's detail (/escalations/$id) opens over the page, which stays underneath. */}
      <Outlet />
    </Page>
  )
}
