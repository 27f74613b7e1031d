/** Texts of the overview's latest alerts panel, in Chinese. */
export const alertsStripZhCN = {
  title: '最新预警',
  toHotspots: '查看热点分析',
  empty: '当前没有未处理的预警。',
  quietWalls: {
    title_one: '{{count}} 块大屏超过 3 分钟没有报告状态，可能已关闭、卡住或断网',
    title_other: '{{count}} 块大屏超过 3 分钟没有报告状态，可能已关闭、卡住或断网',
    item: '{{device}}：最后报告于 {{time}}',
  },
  forbidden: '当前账号不查看预警。',
  shown_one: '共 {{total}} 条未处理预警，显示最新 {{count}} 条',
  shown_other: '共 {{total}} 条未处理预警，显示最新 {{count}} 条',
  type: {
    yellowCard: '黄牌 · 临期',
    redCard: '红牌 · 超期',
    spike: '激增',
  },
  status: {
    open: '未处理',
    acknowledged: '已确认',
    planActivated: '已启动预案',
    cleared: '已解除',
    resolved: '已办结',
  },
  cardItems: {
    yellowCard_one: '{{n}} 件即将到期',
    yellowCard_other: '{{n}} 件即将到期',
    redCard_one: '{{n}} 件已逾期',
    redCard_other: '{{n}} 件已逾期',
  },
  wholeCity: '全市',
  spikeWhat: '{{category}} · {{area}}',
  spikeDetail: '{{from}}至{{to}} {{count}} 件，阈值 {{threshold}}',
  raisedAt: '发出于 {{time}}',
} as const
