/** Texts of the work orders' export (Chinese). */
export const workOrderExportZhCN = {} as const
