import type { Messages } from '../zh-cn'

export const overviewEn = {
  filters: {
    label: 'Filters',
    compare: 'Compare with',
    previous: 'Previous period',
    yearAgo: 'Same period last year',
    district: 'District',
    allDistricts: 'All districts',
    channel: 'Channel',
    allChannels: 'All channels',
    range: '{{from}} to {{to}}',
    comparedWith: 'compared with {{from}} to {{to}}',
    comparedWithSoFar: 'compared with {{from}} to {{until}} (same point in time)',
  },
  freshness: {
    asOf: 'Data as of {{time}}',
    waiting: 'Fetching data…',
    interval: 'refreshes every {{count}} s',
    intervalMinutes: 'refreshes every {{count}} min',
    refresh: 'Refresh',
    stale: 'Data not up to date',
    staleOld: 'Not updated for over two refresh intervals',
    staleFailed: 'The last refresh failed',
  },
  cards: {
    title: 'Key figures',
    vs: {
      previous: 'vs prev. period',
      yearAgo: 'vs last year',
    },
    noComparison: 'No comparison data',
    noChange: {
      previous: {
        zero: 'Previous period: 0, no percentage change',
        nothingDue: 'Nothing fell due in the previous period',
        noneSurveyed: 'No one was surveyed in the previous period',
      },
      yearAgo: {
        zero: 'Same period last year: 0, no percentage change',
        nothingDue: 'Nothing fell due in the same period last year',
        noneSurveyed: 'No one was surveyed in the same period last year',
      },
    },
    noDenominator: 'Nothing fell due in the period: no rate',
    noneSurveyed: 'No one surveyed in the period: no rate',
    howComputed: 'How is this computed',
    drill: 'Show these work orders',
    drillLate: '{{value}} late',
    sparklineLabel: '{{title}}: trend from {{from}} to {{to}}',
    sparklineEmpty: '{{title}}: no trend data',
    sparklineRange: 'last {{count}} days',
    ofDue: '{{numerator}} of {{denominator}}',
    received: {
      title: 'Received',
      parts: 'Complaints {{complaints}} · reports {{reports}} · consultations {{consultations}}',
      definition: 'Complaints, reports and consultations received in the period, by receipt day.',
    },
    initialCheck: {
      title: 'On-time initial check',
      definition:
        'Of the complaints whose initial-review deadline fell in the period, the share whose acceptance was decided within 7 working days of receipt. Counted once the deadline has passed or the decision was made.',
    },
    reportCheck: {
      title: 'On-time report verification',
      definition:
        'Of the reports whose verification deadline fell in the period, the share verified within 15 working days (plus 15 with approval).',
    },
    closure: {
      title: 'On-time closure',
      definition:
        'Of the complaints and reports whose closure deadline fell in the period, the share closed on time: complaints 45 working days from acceptance (testing and appraisal excluded), reports their verification limit, 12345 items 5 working days (plus 10 with approval). Consultations are not counted.',
    },
    recovered: {
      title: 'Recovered losses',
      definition: 'Money returned to consumers by the items closed in the period (by closing day).',
    },
    consumerAssociation: {
      title: 'Consumer association',
      parts: 'Resolved {{rate}} · recovered {{recovered}}',
      definition:
        "The consumer association's own intake, counted separately: received in the period; resolution rate over its complaints whose closure deadline fell in the period; money recovered by closing day.",
    },
    complaintToCase: {
      title: 'Complaint to case',
      definition:
        'Complaints closed in the period (by closing day) that revealed a violation and became a penalty case.',
    },
    satisfaction: {
      title: 'Satisfaction',
      definition:
        'Of the consumers called back in the period (by call day), the share satisfied; unreachable or not surveyed are not counted.',
    },
    open: {
      title: 'Open work orders',
      overdue: 'Overdue {{value}}',
      atRisk: 'At risk {{value}}',
      parts: 'Open {{total}} · under supervision {{supervised}}',
      state: 'Current state, whatever the period',
      definition:
        'Items not closed at the data time: overdue when any stage is past its deadline (red card), at risk when one falls due before the end of the next working day (yellow card). Not limited by the period.',
    },
  },
} as const satisfies Messages['overview']
