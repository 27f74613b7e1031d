/** Texts of the work-order list, in Chinese. */
export const workOrdersZhCN = {
  title: '工单',
} as const
