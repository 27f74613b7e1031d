/** Where the detail's forms keep their unsent notes (src/shared/drafts): one per form and item. */
export const remindDraftKey = (workOrderId: string): string => `remind:${workOrderId}`
export const superviseDraftKey = (workOrderId: string): string => `supervise:${workOrderId}`
