import type { Messages } from '../zh-cn'

/** Texts of the reminder and supervision actions (English). */
export const supervisionActionsEn: Messages['supervisionActions'] = {
  heading: 'Reminders and supervision',
  cancel: 'Cancel',
  remind: {
    open: 'Remind',
    title: 'Remind the handling unit',
    method: 'How',
    note: 'Note (optional)',
    noteHint: 'Up to 500 characters; the unit sees it.',
    submit: 'Send reminder',
    sending: 'Sending…',
    done: 'Reminder sent ({{method}}), recorded at {{time}}.',
    closed: 'The work order is closed: no reminder is needed.',
  },
  supervise: {
    open: 'Supervise',
    title: 'Issue a supervision order',
    reason: 'Reason',
    level: 'Level',
    dueDate: 'Report by',
    dueDateHint:
      'China time, today ({{today}}) or later; the unit must report by 24:00 that day. May be left empty.',
    note: 'Instructions (optional)',
    noteHint: 'Up to 1,000 characters.',
    submit: 'Issue supervision order',
    sending: 'Issuing…',
    done: 'Supervision order issued.',
    doneWithDate: 'Supervision order issued; report by {{date}}.',
    already: 'This work order is under supervision.',
    closed: 'The work order is closed: it can no longer be supervised.',
  },
  reportByDay: {
    hint: 'China time, today ({{today}}) or later; the unit must report by 24:00 that day.',
    past: 'The report-by day cannot be before today ({{today}}, China time).',
    invalid: 'Enter a valid date (year-month-day).',
    missing: 'Choose the new report-by day.',
    holiday:
      '{{date}} is a public holiday: the unit is off, so in effect it must report on the working day before.',
    weekend:
      '{{date}} is a weekend rest day: the unit is off, so in effect it must report on the working day before.',
    useNext: 'Use the next working day, {{date}}',
    refused: 'the server refused a report-by day before today (China time); choose today or later',
  },
  fields: {
    note: 'the note is too long',
    method: 'the reminder method is not valid',
    reason: 'the reason is not valid',
  },
}
