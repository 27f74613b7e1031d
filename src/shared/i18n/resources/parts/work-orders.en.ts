import type { Messages } from '../zh-cn'

export const workOrdersEn = {
  title: 'Work orders',
} as const satisfies Messages['workOrders']
