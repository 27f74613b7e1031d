import type { LinkProps } from '@tanstack/react-router'

/** The primary navigation, in the order directors asked for: figures first, then work. */
export const navItems = [
  { to: '/', labelKey: 'nav.overview' },
  { to: '/work-orders', labelKey: 'nav.workOrders' },
  { to: '/escalations', labelKey: 'nav.escalations' },
  { to: '/hotspots', labelKey: 'nav.hotspots' },
  { to: '/reports', labelKey: 'nav.reports' },
  { to: '/wall', labelKey: 'nav.wall' },
  { to: '/settings', labelKey: 'nav.settings' },
] as const satisfies readonly { to: LinkProps['to']; labelKey: `nav.${string}` }[]
