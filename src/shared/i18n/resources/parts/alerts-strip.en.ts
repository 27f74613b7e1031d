import type { Messages } from '../zh-cn'

export const alertsStripEn = {
  title: 'Latest alerts',
  toHotspots: 'Open Hotspots',
  empty: 'No open alerts.',
  quietWalls: {
    title_one: '{{count}} wall display has not reported for over 3 minutes: it may be off, frozen or offline',
    title_other:
      '{{count}} wall displays have not reported for over 3 minutes: they may be off, frozen or offline',
    item: '{{device}}: last report {{time}}',
  },
  forbidden: 'Alerts are not shown for this account.',
  shown_one: '{{total}} open alerts; the newest one shown',
  shown_other: '{{total}} open alerts; the newest {{count}} shown',
  type: {
    yellowCard: 'Yellow card · due soon',
    redCard: 'Red card · overdue',
    spike: 'Spike',
  },
  status: {
    open: 'Open',
    acknowledged: 'Acknowledged',
    planActivated: 'Plan activated',
    cleared: 'Cleared',
    resolved: 'Resolved',
  },
  cardItems: {
    yellowCard_one: '{{n}} item due soon',
    yellowCard_other: '{{n}} items due soon',
    redCard_one: '{{n}} item overdue',
    redCard_other: '{{n}} items overdue',
  },
  wholeCity: 'whole city',
  spikeWhat: '{{category}} · {{area}}',
  spikeDetail: '{{from}} to {{to}}: {{count}} items, threshold {{threshold}}',
  raisedAt: 'raised {{time}}',
} as const satisfies Messages['alertsStrip']
