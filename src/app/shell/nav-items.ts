import type { LinkProps } from '@tanstack/react-router'
import type { Permission } from '@/entities/session/session-schema'

interface NavItem {
  to: LinkProps['to']
  labelKey: `nav.${string}`
  /** What `/me` must grant for the page to be offered (its data would be refused otherwise). */
  permission?: Permission
}

/** The primary navigation, in the order directors asked for: figures first, then work. */
export const navItems = [
  { to: '/', labelKey: 'nav.overview', permission: 'readAggregates' },
  { to: '/work-orders', labelKey: 'nav.workOrders', permission: 'readWorkOrders' },
  { to: '/escalations', labelKey: 'nav.escalations', permission: 'readWorkOrders' },
  { to: '/approvals', labelKey: 'nav.approvals', permission: 'decide' },
  { to: '/hotspots', labelKey: 'nav.hotspots', permission: 'readAggregates' },
  { to: '/reports', labelKey: 'nav.reports', permission: 'readAggregates' },
  { to: '/wall', labelKey: 'nav.wall', permission: 'readTicker' },
  { to: '/settings', labelKey: 'nav.settings' },
] as const satisfies readonly NavItem[]

/**
 * The items the user may open. Until `/me` has answered every item shows: the navigation must
 * not jump when it does, and the API refuses whatever the user may not read anyway.
 */
export function visibleNavItems<T extends NavItem>(
  items: readonly T[],
  permissions: readonly string[] | undefined,
): readonly T[] {
  if (permissions === undefined) return items
  return items.filter((item) => item.permission === undefined || permissions.includes(item.permission))
}
