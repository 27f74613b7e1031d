/** Texts of the deadline wave above the work-order list, in Chinese. */
export const deadlineWaveZhCN = {
  title: '未来 {{count}} 个工作日到期',
  caption: '各承办单位在今后 {{count}} 个工作日内每天到期的在办工单数（不含已超期）',
  unit: '承办单位',
  total: '合计',
  allUnits: '全部单位',
  otherUnits_one: '其他 {{count}} 个单位',
  otherUnits_other: '其他 {{count}} 个单位',
  today: '今天',
  empty: '今后 {{count}} 个工作日内没有到期的在办工单。',
  truncated: '在办工单过多，只统计了按期限排前的 {{shown}} 件。',
  filterUnit: '查看 {{unit}} 的在办工单（按期限排序）',
} as const
