import type { Messages } from '../zh-cn'

export const workOrderExportEn = {
  export: 'Export CSV',
  exportHint: 'Export every work order of the current filters (UTF-8 CSV, opens in Excel)',
  cancel: 'Cancel export',
  progressLabel: 'Export progress',
  starting: 'Preparing the export…',
  running: 'Exporting…',
  progress: 'Exporting: {{loaded}} of {{total}} fetched',
  done: 'Exported work orders: {{rows}}, in {{fileName}}',
  cancelled: 'Export cancelled; no file was made.',
  failed: 'Export failed: {{reason}}',
  fileName: 'work-orders-{{day}}.csv',
  yes: 'yes',
  no: 'no',
  columns: {
    receivedAt: 'Received (China time)',
    dueAt: 'Deadline (China time)',
    overdue: 'Overdue',
    atRisk: 'At risk',
    supervised: 'Supervised',
    summary: 'Summary',
    businessName: 'Business',
  },
} satisfies Messages['workOrderExport']
