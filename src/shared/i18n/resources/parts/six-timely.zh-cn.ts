/** Texts of the overview's six timely panel, in Chinese. */
export const sixTimelyZhCN = {
  title: '六个及时',
  target: '目标 {{target}}',
  scale: '条形从 {{from}} 到 {{to}}，竖线为目标',
  counts: '{{numerator}} / {{denominator}} 件',
  belowTarget: '低于目标',
  metTarget: '达到目标',
  noRate: '本期没有到期事项，无法计算比率',
  noRateAnalysis: '本期没有到期的报告或预警，无法计算比率',
  empty: '本期没有到期事项，六项比率均无法计算。',
  missed_one: '查看未及时的 {{n}} 件',
  missed_other: '查看未及时的 {{n}} 件',
  noneMissed: '没有未及时的事项',
  analysisNoList: '统计的是报告和预警，不是工单，没有工单清单',
  definition: '计算口径',
  common:
    '比率 = 在时限内完成的事项 ÷ 期限落在本期、且在数据时点结果已知的事项。这是本系统提出的口径，并非已发布的标准。',
  facts: {
    kinds: '计入：{{kinds}}',
    kindsAnalysis: '计入：报告和激增预警（不受区县、渠道筛选影响）',
    limit: '配置时限：{{limit}}',
    basis: '按期限日统计：期限落在所选时间段内的事项',
  },
  limit: {
    workingDays_one: '{{count}} 个工作日',
    workingDays_other: '{{count}} 个工作日',
    calendarDays_one: '{{count}} 个自然日',
    calendarDays_other: '{{count}} 个自然日',
    hours_one: '{{count}} 小时',
    hours_other: '{{count}} 小时',
  },
  listSeparator: '、',
  partsTitle: '分项',
  part: '{{name}}：{{rate}}（{{numerator}} / {{denominator}}）',
  parts: {
    acceptanceDecision: '受理决定',
    registration: '登记',
    routedCorrectly: '分流准确（未被退回或改派）',
    remindedInWindow: '预警期内催办',
    supervisedWhenOverdue: '逾期后督办',
    terminationNotice: '终止告知',
    reporterNotice: '举报人告知',
    followUpCall: '回访',
    reportPublication: '报告发布',
    spikeWarning: '激增预警',
  },
  items: {
    acceptance: {
      name: '及时受理',
      definition:
        '投诉自收到（或退回后重新派发）起 7 个工作日内作出是否受理决定的比例，与“初查按时率”为同一批事项。举报和 12345 工单在收到时即登记，不计入。',
    },
    dispatch: {
      name: '及时分流',
      definition:
        '投诉和举报在收到后 1 个工作日内派发到承办单位的比例。分项“分流准确”：到期事项中未被退回或改派的。',
    },
    handling: {
      name: '及时办理',
      definition:
        '投诉和举报在其类别的办结时限内办结的比例（投诉自受理起 45 个工作日，举报为核查时限，12345 工单 5 个工作日），与“按时办结率”为同一批事项。咨询不计入。',
    },
    supervision: {
      name: '及时督办',
      definition:
        '某一环节（受理决定、核查、办结）的期限在本期届满、逾期首日中午仍未完成（红牌）的事项，在该日后 1 个工作日内立案督办的比例。督办窗口结束或已督办即计入，每期每件只计一次（按其第一个这样的环节）。预警期内的催办不计入。',
    },
    reply: {
      name: '及时回复',
      definition:
        '按时限届满日统计，在时限内告知当事人处理结果的比例：投诉在办结后 7 个工作日内（含终止和不予受理告知），实名举报人在作出决定后 5 个工作日内。回访不计入（见满意率）。',
    },
    analysis: {
      name: '及时分析',
      definition:
        '日报在 1 个工作日内、月报和季报在期末后 5 个工作日内发布（发布期限落在本期），加上某类别超过基线后 1 个工作日内发出的激增预警。统计的是报告和预警，不是工单，不受区县、渠道筛选影响；没有到期的报告或预警时无比率。',
    },
  },
} as const
