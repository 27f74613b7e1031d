import type { Messages } from '../zh-cn'

export const workOrderExportEn = {} satisfies Messages['workOrderExport']
