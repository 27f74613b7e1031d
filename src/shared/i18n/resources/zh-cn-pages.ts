import { alertLifecycleZhCN } from './parts/alert-lifecycle.zh-cn'
import { bulkRemindZhCN } from './parts/bulk-remind.zh-cn'
import { deadlineWaveZhCN } from './parts/deadline-wave.zh-cn'
import { escalationsZhCN } from './parts/escalations.zh-cn'
import { hotspotRisesZhCN } from './parts/hotspot-rises.zh-cn'
import { reportsZhCN } from './parts/reports.zh-cn'
import { supervisionActionsZhCN } from './parts/supervision-actions.zh-cn'
import { workOrderDetailZhCN } from './parts/work-order-detail.zh-cn'
import { workOrderExportZhCN } from './parts/work-order-export.zh-cn'
import { workOrderTableZhCN } from './parts/work-order-table.zh-cn'
import { workOrdersZhCN } from './parts/work-orders.zh-cn'

/**
 * The Chinese texts of the work-order and escalation pages (their tables, the detail drawer, the
 * actions): loaded with those pages' routes (src/shared/i18n/page-texts.ts), not in the first
 * load, where nearly every reader opens the Overview.
 */
export const zhCNPages = {
  workOrders: workOrdersZhCN,
  workOrderTable: workOrderTableZhCN,
  workOrderDetail: workOrderDetailZhCN,
  workOrderExport: workOrderExportZhCN,
  deadlineWave: deadlineWaveZhCN,
  supervisionActions: supervisionActionsZhCN,
  bulkRemind: bulkRemindZhCN,
  escalations: escalationsZhCN,
  hotspotRises: hotspotRisesZhCN,
  alertLifecycle: alertLifecycleZhCN,
  reports: reportsZhCN,
} as const
