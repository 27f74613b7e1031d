// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { navItems, visibleNavItems } from './nav-items'

const paths = (items: readonly { to: string }[]) => items.map((item) => item.to)

describe('the navigation by permission', () => {
  it('offers every section until /me has answered', () => {
    expect(visibleNavItems(navItems, undefined)).toBe(navItems)
  })

  it('offers only the sections whose data the user may read', () => {
    expect(paths(visibleNavItems(navItems, ['readWorkOrders']))).toEqual([
      '/work-orders',
      '/escalations',
      '/settings',
    ])
    expect(paths(visibleNavItems(navItems, ['decide']))).toEqual(['/approvals', '/settings'])
    expect(paths(visibleNavItems(navItems, ['readAggregates', 'readTicker']))).toEqual([
      '/',
      '/hotspots',
      '/reports',
      '/wall',
      '/settings',
    ])
  })
})
