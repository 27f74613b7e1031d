/** Texts of the overview's trend panel, in Chinese. */
export const overviewTrendZhCN = {
  title: '走势',
  chartLabel: '受理量（按渠道堆叠）与按时率走势图',
  interval: {
    day: '按日',
    week: '按周',
    month: '按月',
  },
  recent: '近{{days}}天 · 按日',
  /** An x-axis label of a month bucket; `month2` is the two-digit month. */
  month: '{{year}}年{{month}}月',
  initialCheckRate: '投诉按时初查率',
  closureRate: '按时办结率',
  valueAxis: '受理量（件）',
  rateAxis: '按时率',
  holiday: '节假日',
  holidayWeek: '含节假日',
  running: '统计中',
  rateWithCounts: '{{rate}}（{{numerator}}/{{denominator}}）',
  rateNoneDue: '{{rate}}（无到期）',
  table: {
    caption: '各时段受理量（按渠道）与按时率',
    bucket: '时段',
    running: '{{days}}（统计中）',
    total: '合计',
    holiday: '节假日',
    yes: '是',
    no: '否',
  },
  holidaysUnavailable: '未能读取节假日安排，图中未标出节假日。',
  holidaysAssumed: '{{years}}年的节假日安排尚未公布，图中未标出该年的节假日。',
} as const
