/**
 * Texts of the wall display, in Chinese. Kept with the page, not in the app's dictionaries:
 * those ship with the first load, which has no room left (tests/bundle/first-load.mjs), and only
 * the wall reads these.
 */
export const wallZhCN = {
  scenes: {
    headline: '关键指标',
    ticker: '最新工单',
  },
  sceneLabel: '第 {{n}} / {{count}} 屏：{{name}}',
  showing: '正在显示：{{name}}',
  paused: '轮播已暂停',
  resumed: '轮播继续',
  pausedBadge: '已暂停',
  keys: '空格 暂停 · ←→ 切换 · F 全屏',
  progress: '本屏剩余时间',
  today: '今日',
  year: '本年',
  received: '受理量',
  receivedParts: '投诉 {{complaints}} · 举报 {{reports}} · 咨询 {{consultations}}',
  initialCheck: '按时初查率',
  closure: '按时办结率',
  recovered: '挽回经济损失',
  sixTimely: '六个及时（本年）',
  target: '目标 {{target}}',
  belowTarget: '▼ 低于目标',
  metTarget: '✓ 达到目标',
  noRate: '无到期事项',
  tickerTitle: '最新受理的工单',
  tickerCaption: '最新受理的工单（只显示类型、类别、区县、渠道和时间）',
  tickerEmpty: '近 7 天没有新工单',
  columns: {
    time: '时间',
    kind: '类型',
    category: '类别',
    district: '区县',
    channel: '渠道',
  },
  open: '工单状态',
  openTotal: '在办',
  overdue: '超期',
  atRisk: '临期',
  dataTime: '数据时间 {{time}}',
  staleWarn: '数据可能已过时',
  staleError: '数据已过时，正在重试',
  loading: '正在加载…',
  noData: '暂时无法获取数据，稍后自动重试',
  holiday: '法定节假日',
  makeUpWorkday: '调休上班',
  chinaTime: '北京时间',
  session: {
    signInNeeded: '需要重新登录',
    signInHint: '请管理员在此屏幕打开 {{link}} 用大屏账号登录；在此之前显示最后获取的数据，登录后自动恢复。',
  },
}

type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> }

/** The shape every language of the wall follows. */
export type WallTexts = Texts<typeof wallZhCN>
