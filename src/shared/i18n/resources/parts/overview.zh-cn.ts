/** Texts of the overview page's own parts (period bar, freshness, key-figure cards), in Chinese. */
export const overviewZhCN = {
  filters: {
    label: '筛选',
    compare: '对比',
    previous: '环比',
    yearAgo: '同比',
    district: '区县',
    allDistricts: '全部区县',
    channel: '渠道',
    allChannels: '全部渠道',
    range: '{{from}} 至 {{to}}',
    comparedWith: '对比 {{from}} 至 {{to}}',
    comparedWithSoFar: '对比 {{from}} 至 {{until}}（同一时点）',
  },
  freshness: {
    asOf: '数据截至 {{time}}',
    waiting: '正在获取数据……',
    interval: '每 {{count}} 秒刷新',
    intervalMinutes: '每 {{count}} 分钟刷新',
    refresh: '刷新',
    stale: '数据未及时更新',
    staleOld: '数据已超过两个刷新周期未更新',
    staleFailed: '最近一次刷新失败',
  },
  cards: {
    title: '关键指标',
    vs: {
      previous: '较上期',
      yearAgo: '较去年同期',
    },
    noComparison: '无对比数据',
    noChange: {
      previous: {
        zero: '上期为 0，无法计算增减比例',
        nothingDue: '上期没有到期事项，无法比较',
        noneSurveyed: '上期没有回访，无法比较',
      },
      yearAgo: {
        zero: '去年同期为 0，无法计算增减比例',
        nothingDue: '去年同期没有到期事项，无法比较',
        noneSurveyed: '去年同期没有回访，无法比较',
      },
    },
    noDenominator: '本期没有到期事项，无法计算比率',
    noneSurveyed: '本期没有回访，无法计算满意率',
    howComputed: '计算口径',
    drill: '查看这些工单',
    drillLate: '逾期 {{value}} 件',
    sparklineLabel: '{{title}}：{{from}} 至 {{to}} 的走势',
    sparklineEmpty: '{{title}}：暂无走势数据',
    sparklineRange: '近 {{count}} 天',
    ofDue: '{{numerator}} / {{denominator}} 件',
    received: {
      title: '受理量',
      parts: '投诉 {{complaints}} · 举报 {{reports}} · 咨询 {{consultations}}',
      definition: '本期收到的投诉、举报和咨询件数，按受理日计。',
    },
    initialCheck: {
      title: '投诉按时初查率',
      definition:
        '初查期限落在本期的投诉中，在受理后 7 个工作日内作出是否受理决定的比例。分母为期限已到或已作出决定的投诉。',
    },
    reportCheck: {
      title: '举报按时核查率',
      definition: '核查期限落在本期的举报中，在 15 个工作日内（经批准可延长 15 个工作日）核查完毕的比例。',
    },
    closure: {
      title: '按时办结率',
      definition:
        '办结期限落在本期的投诉和举报中，按时办结的比例：投诉自受理起 45 个工作日（检测鉴定时间不计），举报为核查期限，12345 转办件 5 个工作日（经批准可延长 10 个工作日）。咨询不计入。',
    },
    recovered: {
      title: '挽回经济损失',
      definition: '本期办结（按办结日计）的事项为消费者挽回的金额。',
    },
    consumerAssociation: {
      title: '消协受理',
      parts: '解决率 {{rate}} · 挽回 {{recovered}}',
      definition:
        '消费者协会自身受理的投诉（单独统计）：本期受理件数；解决率为办结期限落在本期的消协投诉中得到解决的比例；挽回金额按办结日计。',
    },
    complaintToCase: {
      title: '诉转案',
      definition: '本期办结（按办结日计）的投诉中，发现违法行为并立案查处的件数。',
    },
    satisfaction: {
      title: '满意率',
      definition: '本期回访（按回访日计）的消费者中表示满意的比例；未接通、未回访的不计入。',
    },
    open: {
      title: '在办工单',
      overdue: '超期 {{value}}',
      atRisk: '临期 {{value}}',
      parts: '在办 {{total}} · 督办中 {{supervised}}',
      state: '当前状态，不随统计周期变化',
      definition:
        '截至数据时间仍未办结的事项：超期为任一环节已过期限（红牌），临期为在下一个工作日结束前到期（黄牌）。不受统计周期限制。',
    },
  },
} as const
