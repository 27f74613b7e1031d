import type { Messages } from '../zh-cn'

export const overviewTrendEn = {
  title: 'Trend',
} as const satisfies Messages['overviewTrend']
