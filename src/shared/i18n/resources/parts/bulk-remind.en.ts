import type { Messages } from '../zh-cn'

/** Texts of the bulk reminder from the work-order list (English). */
export const bulkRemindEn = {
  bar: 'Bulk actions',
  selected_one: '{{count}} selected',
  selected_other: '{{count}} selected',
  open: 'Remind selected',
  viewResults: 'See reminder results',
  clear: 'Clear selection',
  capped: 'At most {{max}} per bulk reminder; the rest were not selected. Remind these first, then the rest.',
  running: 'Reminding: {{done}} of {{total}} sent',
  dialog: {
    title: 'Remind selected work orders',
    intro_one: 'Sends one reminder to the handling unit of the {{count}} selected work order:',
    intro_other: 'Sends one reminder to the handling unit of each of the {{count}} selected work orders:',
    submit_one: 'Send reminder ({{count}})',
    submit_other: 'Send reminders ({{count}})',
    cancel: 'Cancel',
    close: 'Close',
    done: 'Done',
    locked:
      'Sent with the method and note above; a retry sends the same, and nothing already reminded is reminded again.',
  },
  progressLabel: 'Progress',
  progress: '{{done}} of {{total}} sent',
  summary: {
    sent: '{{count}} reminded',
    refused: '{{count}} not reminded',
    failed: '{{count}} failed to send',
    separator: '; ',
    end: '.',
    allSent: 'All {{count}} reminded.',
    refusedNext: 'Those not reminded stay selected; see the reason for each below before deciding again.',
    failedNext:
      'Those that failed can be retried: only they are sent again, and nothing is reminded twice. Your note is kept.',
  },
  results: 'Result for each work order',
  outcome: {
    idle: 'Not sent yet',
    queued: 'Waiting',
    sending: 'Sending…',
    sent: 'Reminded',
    refused: 'Not reminded: {{reason}}',
    failed: 'Failed to send: {{reason}}',
  },
  reason: {
    conflict: 'the work order is closed; no reminder is needed.',
    forbidden: 'your account may not remind this work order.',
    notFound: 'no such work order (a wrong number, or withdrawn).',
    network: 'the connection dropped; it is not known whether it arrived.',
    server: 'a server error; it may not have arrived.',
    rateLimited: 'too many requests; try again shortly.',
  },
  retry_one: 'Retry the {{count}} failed',
  retry_other: 'Retry the {{count}} failed',
} satisfies Messages['bulkRemind']
