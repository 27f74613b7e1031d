/** Texts of the work orders' table (Chinese). */
export const workOrderTableZhCN = {} as const
