/** Texts of the overview's latest alerts panel, in Chinese. */
export const alertsStripZhCN = {
  title: '最新预警',
} as const
