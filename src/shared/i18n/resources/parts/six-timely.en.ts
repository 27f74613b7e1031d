import type { Messages } from '../zh-cn'

export const sixTimelyEn = {
  title: 'Six timely',
  target: 'target {{target}}',
  scale: 'Bars run from {{from}} to {{to}}; the line marks the target',
  counts: '{{numerator}} / {{denominator}}',
  belowTarget: 'Below target',
  metTarget: 'On target',
  noRate: 'Nothing fell due in the period: no rate',
  noRateAnalysis: 'No report or alert fell due in the period: no rate',
  empty: 'Nothing fell due in the period: none of the six rates can be computed.',
  missed_one: 'Show the {{n}} late item',
  missed_other: 'Show the {{n}} late items',
  noneMissed: 'No late items',
  analysisNoList: 'Counts reports and alerts, not work orders: no work-order list',
  definition: 'How is this computed',
  common:
    'Rate = items handled within their limit ÷ items whose limit fell in the period and whose outcome is known at the data’s time. This is our own proposed definition, not a published standard.',
  facts: {
    kinds: 'Counts: {{kinds}}',
    kindsAnalysis: 'Counts: reports and spike alerts (district and channel filters do not apply)',
    limit: 'Configured limit: {{limit}}',
    basis: 'By deadline day: items whose limit falls in the selected range',
  },
  limit: {
    workingDays_one: '{{count}} working day',
    workingDays_other: '{{count}} working days',
    calendarDays_one: '{{count}} calendar day',
    calendarDays_other: '{{count}} calendar days',
    hours_one: '{{count}} hour',
    hours_other: '{{count}} hours',
  },
  listSeparator: ', ',
  partsTitle: 'Parts',
  part: '{{name}}: {{rate}} ({{numerator}} / {{denominator}})',
  parts: {
    acceptanceDecision: 'Acceptance decision',
    registration: 'Registration',
    routedCorrectly: 'Routed correctly (not returned or re-routed)',
    remindedInWindow: 'Reminded in the warning window',
    supervisedWhenOverdue: 'Supervised when overdue',
    terminationNotice: 'Termination notice',
    reporterNotice: 'Reporter notice',
    followUpCall: 'Follow-up call',
    reportPublication: 'Report publication',
    spikeWarning: 'Spike warning',
  },
  items: {
    acceptance: {
      name: 'Timely acceptance',
      definition:
        'Complaints whose acceptance was decided within 7 working days of receipt (or of the re-dispatch after a return); the same items as the on-time initial check. Reports and 12345 items are registered at receipt and are not counted.',
    },
    dispatch: {
      name: 'Timely dispatch',
      definition:
        'Complaints and reports routed to the handling unit within 1 working day of receipt. The part “routed correctly”: of the items due, those not returned or re-routed.',
    },
    handling: {
      name: 'Timely handling',
      definition:
        'Complaints and reports closed within the limit of their kind (complaints 45 working days from acceptance, reports their verification limit, 12345 items 5 working days); the same items as on-time closure. Consultations are not counted.',
    },
    supervision: {
      name: 'Timely supervision',
      definition:
        'Items with a stage (acceptance decision, verification, closure) whose limit ended in the period and that were still open at noon of the first overdue day (red card), put under supervision within 1 working day after that day. An item counts once its window has ended or a supervision was opened, and once per period (for its first such stage). Reminders in the warning window are not part of it.',
    },
    reply: {
      name: 'Timely reply',
      definition:
        'People told of the outcome within the limit, counted by the limit’s day: complaints within 7 working days of closing (termination and refusal notices included), real-name reporters within 5 working days of the decision. The follow-up call is not part of it (see satisfaction).',
    },
    analysis: {
      name: 'Timely analysis',
      definition:
        'Daily reports published within 1 working day, monthly and quarterly reports within 5 working days of the period’s end (publication deadline in the period), plus spike alerts raised within 1 working day of a category exceeding its baseline. Counts reports and alerts, not work orders, and ignores the district and channel filters; no rate when none fell due.',
    },
  },
} as const satisfies Messages['sixTimely']
