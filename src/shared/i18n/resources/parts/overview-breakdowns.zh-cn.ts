/** Texts of the overview's breakdowns panel, in Chinese. */
export const overviewBreakdownsZhCN = {
  title: '分项排名',
} as const
