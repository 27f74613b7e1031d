import type { Messages } from '../zh-cn'

export const workOrderDetailEn = {} satisfies Messages['workOrderDetail']
