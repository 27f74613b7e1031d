/** Texts of the work orders' detail (Chinese). */
export const workOrderDetailZhCN = {} as const
