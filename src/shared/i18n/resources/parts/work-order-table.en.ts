import type { Messages } from '../zh-cn'

export const workOrderTableEn = {
  caption: 'Work orders: {{total}} in all, {{loaded}} loaded',
  keyboardHint: 'Up and down arrows move between rows; Enter opens the work order.',
  keyboardHintSelectable:
    'Up and down arrows move between rows; Space selects or clears a row; Enter opens the work order.',
  loadingMore: 'Loading more work orders…',
  allLoaded: 'All {{total}} loaded.',
  loadMoreFailed: 'Could not load more work orders: {{reason}}',
  retry: 'Retry',
  columns: {
    id: 'Number',
    channel: 'Channel',
    kind: 'Kind',
    category: 'Category',
    district: 'District',
    unit: 'Handling unit',
    stage: 'Current stage',
    receivedAt: 'Received',
    dueAt: 'Deadline',
    timeLeft: 'Time left',
    state: 'State',
    reminderCount: 'Reminders',
  },
  select: {
    all: 'Select all loaded work orders',
    row: 'Select {{id}}',
  },
  sort: {
    ascending: 'ascending',
    descending: 'descending',
  },
  timeLeft: {
    closed: 'Closed',
    dueToday: 'Due today',
    left_one: '{{count}} working day left',
    left_other: '{{count}} working days left',
    // No working day has passed since the deadline: it passed today, or only rest days followed.
    overdueToday: 'Overdue, under 1 working day',
    overdue_one: '{{count}} working day overdue',
    overdue_other: '{{count}} working days overdue',
    deadline: 'due {{day}}',
  },
  state: {
    closed: 'Closed',
    overdue: 'Overdue',
    atRisk: 'At risk',
    open: 'Open',
    supervised: 'Under supervision',
  },
  settings: {
    title: 'Table settings',
    columns: 'Columns shown',
    density: 'Row spacing',
    comfortable: 'Comfortable',
    compact: 'Compact',
  },
} satisfies Messages['workOrderTable']
