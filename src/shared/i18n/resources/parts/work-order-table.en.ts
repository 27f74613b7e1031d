import type { Messages } from '../zh-cn'

export const workOrderTableEn = {} satisfies Messages['workOrderTable']
