import type { Messages } from '../zh-cn'

export const overviewTrendEn = {
  title: 'Trend',
  chartLabel: 'Received (stacked by channel) and on-time rates over time',
  interval: {
    day: 'By day',
    week: 'By week',
    month: 'By month',
  },
  recent: 'Last {{days}} days · by day',
  month: '{{year}}-{{month2}}',
  initialCheckRate: 'On-time initial check (complaints)',
  closureRate: 'On-time closure',
  valueAxis: 'Received',
  rateAxis: 'On-time rate',
  holiday: 'Holiday',
  holidayWeek: 'Incl. holiday',
  running: 'So far',
  rateWithCounts: '{{rate}} ({{numerator}}/{{denominator}})',
  rateNoneDue: '{{rate}} (none due)',
  table: {
    caption: 'Received by channel and on-time rates per period',
    bucket: 'Period',
    running: '{{days}} (so far)',
    total: 'Total',
    holiday: 'Holiday',
    yes: 'Yes',
    no: 'No',
  },
  holidaysUnavailable: 'The holiday calendar could not be read; holidays are not marked in the chart.',
  holidaysAssumed:
    'The {{years}} holiday schedule is not published yet; its holidays are not marked in the chart.',
} as const satisfies Messages['overviewTrend']
