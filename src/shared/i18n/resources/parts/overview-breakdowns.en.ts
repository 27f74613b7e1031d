import type { Messages } from '../zh-cn'

export const overviewBreakdownsEn = {
  title: 'Breakdowns',
} as const satisfies Messages['overviewBreakdowns']
