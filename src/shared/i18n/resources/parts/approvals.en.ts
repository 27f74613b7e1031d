import type { Messages } from '../zh-cn'

/** Texts of the approvals page (English). */
export const approvalsEn: Messages['approvals'] = {
  title: 'Approvals',
  description:
    'Extension requests and returned tickets from handling units, waiting for you to approve or reject. Either decision is recorded in the work order’s history.',
  navCount: '{{formatted}} awaiting approval',
  extensions: {
    title: 'Extension requests',
    empty: 'No extension requests awaiting approval.',
    requested: 'Requested by {{unit}} at {{time}}',
    extra: '{{count}} more working days',
    deadlineNow: 'Current deadline',
    deadlineIfApproved: 'Deadline if approved',
    stage: 'Stage',
  },
  returns: {
    title: 'Returned tickets',
    empty: 'No returned tickets awaiting approval.',
    returned: 'Returned by {{unit}} at {{time}}',
    onTime: 'Returned within the limit',
    late: 'Returned after the limit ({{deadline}})',
    limit: 'Return limit',
    toUnit: 'Re-dispatch to',
    chooseUnit: 'Choose a handling unit',
  },
  reason: 'Reason given',
  workOrder: 'Work order',
  approve: 'Approve',
  reject: 'Reject',
  approving: 'Approving…',
  rejecting: 'Rejecting…',
  note: 'Comment (optional)',
  rejectNote: 'Reason for rejecting (required)',
  rejectNoteMissing: 'Give a reason for rejecting.',
  unitMissing: 'Choose the unit to re-dispatch to.',
  cancel: 'Cancel',
  approved: 'Approved {{id}}.',
  rejected: 'Rejected {{id}}.',
  more: 'Load more',
}
