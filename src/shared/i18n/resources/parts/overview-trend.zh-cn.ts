/** Texts of the overview's trend panel, in Chinese. */
export const overviewTrendZhCN = {
  title: '走势',
} as const
