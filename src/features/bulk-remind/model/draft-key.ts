/**
 * Where the bulk reminder keeps its unsent note (src/shared/drafts): one for the list, whatever
 * is chosen, so a session that ends while it is typed, or a run that leaves some items to retry,
 * gives it back.
 */
export const bulkRemindDraftKey = 'bulk-remind'
