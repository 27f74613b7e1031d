import { alertLifecycleEn } from './parts/alert-lifecycle.en'
import { approvalsEn } from './parts/approvals.en'
import { alertsStripEn } from './parts/alerts-strip.en'
import { bulkRemindEn } from './parts/bulk-remind.en'
import { codesEn } from './parts/codes.en'
import { deadlineWaveEn } from './parts/deadline-wave.en'
import { eventsEn } from './parts/events.en'
import { hotspotRisesEn } from './parts/hotspot-rises.en'
import { periodRangeEn } from './parts/period-range.en'
import { overviewEn } from './parts/overview.en'
import { overviewBreakdownsEn } from './parts/overview-breakdowns.en'
import { overviewTrendEn } from './parts/overview-trend.en'
import { supervisionActionsEn } from './parts/supervision-actions.en'
import { escalationsEn } from './parts/escalations.en'
import { reportsEn } from './parts/reports.en'
import { sixTimelyEn } from './parts/six-timely.en'
import { workOrdersEn } from './parts/work-orders.en'
import { workOrderDetailEn } from './parts/work-order-detail.en'
import { workOrderExportEn } from './parts/work-order-export.en'
import { workOrderTableEn } from './parts/work-order-table.en'
import type { Messages } from './zh-cn'

export const en = {
  app: {
    name: 'duban',
    tagline: 'Complaint supervision dashboard',
    skipToContent: 'Skip to content',
    offline: 'Offline since {{time}}: showing the data from before; it refreshes when the network returns.',
  },
  nav: {
    main: 'Main navigation',
    menu: 'Menu',
    overview: 'Overview',
    workOrders: 'Work orders',
    escalations: 'Escalations',
    approvals: 'Approvals',
    hotspots: 'Hotspots',
    reports: 'Reports',
    wall: 'Wall display',
    settings: 'Settings',
    signIn: 'Sign in',
  },
  pages: {
    overview: {
      title: 'Overview',
      description:
        'Received items, on-time initial-check and closure rates, recovered losses, the consumer association’s figures and the “six timely” metrics, with trends and rankings.',
    },
    workOrders: {
      title: 'Work orders',
      description:
        'Filter work orders by status, district, channel and category; follow overdue and at-risk orders through every stage.',
    },
    escalations: {
      title: 'Escalations',
      description:
        'Supervision orders, reminders, extension requests and returned tickets, approved and tracked to closure by directors.',
    },
    hotspots: {
      title: 'Hotspots',
      description: 'Complaint hotspots, spike alerts and the emergency plans activated for them.',
    },
    reports: {
      title: 'Reports',
      description: 'Daily reports, monthly analyses and quarterly reports, with their publication times.',
    },
    wall: {
      title: 'Wall display',
      description: 'The hotline center’s wall: key figures in rotation, running unattended.',
    },
    settings: {
      title: 'Settings',
      description: 'These preferences are stored in this browser only.',
    },
    signIn: {
      title: 'Sign in to duban',
      description: 'Sign in with your account.',
    },
  },
  apiReference: {
    title: 'Data API',
    body: 'Every figure in duban comes from a documented REST API (OpenAPI 3.1). Each KPI’s definition (numerator, denominator, time limit, which items count) is in its reference.',
    reference: 'API reference',
    spec: 'OpenAPI spec (YAML)',
  },
  plannedContent: 'This page’s content arrives in a later release.',
  notFound: {
    title: 'Page not found',
    body: 'There is no page at {{path}}.',
    home: 'Back to the overview',
  },
  errors: {
    title: 'Something went wrong',
    unexpected: 'The page hit an unexpected error.',
    details: 'Error details',
    reload: 'Reload',
    retry: 'Retry',
    chunkFailed: 'A file of this page failed to load, perhaps because duban was just updated. Please reload.',
    chunkReloading: 'Reloading the page…',
    chunkChecking: 'A file of this page failed to load; checking the connection to the server…',
    chunkUnreachable:
      'The network is down and this page’s files could not load. The page reloads by itself once the connection is back.',
    back: 'Go back',
  },
  api: {
    http: 'The server answered with error {{status}}',
    withDetail: '{{message}}: {{detail}}',
    network: 'Cannot reach the server. Check the network connection.',
    timeout: 'The server did not answer within {{seconds}} s.',
    parse: 'The server’s answer could not be read.',
    rateLimited:
      'The server is receiving too many requests and asked for no requests for {{seconds}} s; refreshing after that.',
    unavailable:
      'The server is temporarily unavailable and asked for no requests for {{seconds}} s; refreshing after that.',
    validation: 'The server’s answer has an unexpected shape ({{issues}})',
    aborted: 'The request was cancelled.',
  },
  action: {
    forbidden: 'Your account may not do this; nothing was done. Ask someone with the permission.',
    csrf: 'The security check failed; nothing was done. Reload the page and try again.',
    unauthenticated: 'Your session has ended; nothing was done. Sign in again, then retry.',
    conflict:
      'Nothing was done: it is no longer in a state that allows this (the work order may be closed, already under supervision, or the supervision closed). The latest data is shown; check it before deciding again.',
    invalid: 'The request was not accepted; nothing was done. Check what you entered and send it again.',
    invalidFields: 'Nothing was done: {{fields}}. Correct it and send it again.',
    fieldSeparator: '; ',
    idempotency: 'This differs from an earlier attempt at the same action; nothing was done. Send it again.',
    notFound: 'What you acted on no longer exists (or the number is wrong); nothing was done.',
    rateLimited: 'Too many requests; try again in a moment.',
    rateLimitedFor: 'Too many requests; try again in {{seconds}} s.',
    server:
      'The server failed; the action may not have been done. What you entered is kept: retrying is safe and will not act twice.',
    network:
      'The connection dropped; it is not known whether the action arrived. What you entered is kept: check the network and retry (it will not act twice).',
    unknown: 'The action failed. What you entered is kept; try again later.',
    retry: 'Retry',
  },
  panel: {
    loading: 'Loading…',
    empty: 'No data in the selected range.',
    error: 'Could not load the data',
    renderError: 'This panel failed to display; the other panels are unaffected.',
    stale: 'Stale data',
    staleSince: 'Showing data from {{time}}',
    retry: 'Retry',
    codeFailed:
      'This panel’s code could not load (network down?); the other panels are unaffected. It retries when the network returns.',
    chartFailed: 'The chart’s code could not load (network down?). It retries when the network returns.',
    codeNeedsReload:
      'This part’s code still could not load. Reloading the page brings it back (the view you chose is kept).',
    reload: 'Reload the page',
  },
  preferences: {
    language: 'Language',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    refreshInterval: 'Data refresh interval',
    wallRotation: 'Wall display rotation',
    seconds: '{{count}} s',
    minutes: '{{count}} min',
    density: 'Table density',
    densityComfortable: 'Comfortable',
    densityCompact: 'Compact',
    bandMargin: 'Rankings: yellow band below target',
    points: '{{count}} pp',
    storedLocally: 'Preferences are stored in this browser and hold no personal data.',
  },
  signIn: {
    username: 'User name',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    failed: 'Sign-in failed: {{reason}}',
    wrongCredentials: 'wrong user name or password',
    demoAccounts: 'Demo accounts',
    demoAccountsHint: 'Choose an account to fill in its user name and password.',
    useAccount: 'Use the {{role}} account {{username}}',
  },
  session: {
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    signOutFailed: 'Sign-out failed: {{reason}}',
    expired: {
      title: 'Your session has ended',
      description:
        'The page is hidden to protect personal data. Sign in again: as the same user, anything you had typed and not yet sent comes back.',
    },
    roles: {
      director: 'Director',
      staff: 'Unit staff',
      wall: 'Wall display',
    },
  },
  time: {
    zoneNote: 'All times are China time (UTC+8)',
    assumedCalendar:
      'The official holiday schedule for {{years}} is not published yet: its working days are assumed to be Monday to Friday, so deadlines falling in it may move once it is.',
  },
  period: {
    label: 'Period',
    today: 'Today',
    week: 'This week',
    month: 'This month',
    quarter: 'This quarter',
    year: 'This year',
    janFeb: 'Jan–Feb',
    custom: 'Custom',
  },
  codes: codesEn,
  overview: overviewEn,
  overviewTrend: overviewTrendEn,
  events: eventsEn,
  hotspotRises: hotspotRisesEn,
  overviewBreakdowns: overviewBreakdownsEn,
  sixTimely: sixTimelyEn,
  alertsStrip: alertsStripEn,
  workOrders: workOrdersEn,
  workOrderTable: workOrderTableEn,
  workOrderDetail: workOrderDetailEn,
  workOrderExport: workOrderExportEn,
  deadlineWave: deadlineWaveEn,
  supervisionActions: supervisionActionsEn,
  bulkRemind: bulkRemindEn,
  escalations: escalationsEn,
  periodRange: periodRangeEn,
  approvals: approvalsEn,
  alertLifecycle: alertLifecycleEn,
  reports: reportsEn,
} satisfies Messages
