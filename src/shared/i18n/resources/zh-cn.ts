import type { zhCNPages } from './zh-cn-pages'
import { approvalsZhCN } from './parts/approvals.zh-cn'
import { alertsStripZhCN } from './parts/alerts-strip.zh-cn'
import { codesZhCN } from './parts/codes.zh-cn'
import { eventsZhCN } from './parts/events.zh-cn'
import { periodRangeZhCN } from './parts/period-range.zh-cn'
import { overviewZhCN } from './parts/overview.zh-cn'
import { overviewBreakdownsZhCN } from './parts/overview-breakdowns.zh-cn'
import { overviewTrendZhCN } from './parts/overview-trend.zh-cn'
import { sixTimelyZhCN } from './parts/six-timely.zh-cn'

/**
 * Simplified Chinese: the default language and the shape every other language follows. Larger
 * groups live in ./parts, one file per screen area. This is what the first load carries (the
 * shell, the Overview, sign-in, settings); the texts of the work-order and escalation pages come
 * with those pages (./zh-cn-pages.ts, loaded by their routes).
 */
export const zhCNCore = {
  app: {
    name: '督办',
    tagline: '投诉举报督办看板',
    skipToContent: '跳到正文',
    offline: '网络已断开（自 {{time}}），显示的是断开前的数据，恢复后自动刷新。',
  },
  nav: {
    main: '主导航',
    menu: '菜单',
    overview: '总览',
    workOrders: '工单',
    escalations: '督办',
    approvals: '审批',
    hotspots: '热点',
    reports: '报告',
    wall: '大屏',
    settings: '设置',
    signIn: '登录',
  },
  pages: {
    overview: {
      title: '总览',
      description:
        '受理量、按时初查率、按时办结率、挽回经济损失、消协数据和“六个及时”指标，以及趋势与分项排名。',
    },
    workOrders: {
      title: '工单',
      description: '按状态、区县、渠道和类别筛选工单，查看超期和临期工单的办理全过程。',
    },
    escalations: {
      title: '督办',
      description: '督办单、催办记录、延期申请和退回工单，由分管领导审批和跟踪到办结。',
    },
    hotspots: {
      title: '热点',
      description: '投诉举报热点、异常预警和应急预案的启动情况。',
    },
    reports: {
      title: '报告',
      description: '日报、月分析和季报告，以及发布时间。',
    },
    wall: {
      title: '大屏',
      description: '中心大屏：关键指标轮播，无人值守连续运行。',
    },
    settings: {
      title: '设置',
      description: '这些偏好只保存在本浏览器中。',
    },
    signIn: {
      title: '登录督办',
      description: '使用您的账号登录。',
    },
  },
  apiReference: {
    title: '数据接口',
    body: '督办的全部数字都来自一套公开的 REST 接口（OpenAPI 3.1）。指标口径（分子、分母、时限、计入范围）写在接口文档中。',
    reference: '接口文档',
    spec: 'OpenAPI 规范（YAML）',
  },
  plannedContent: '本页内容将随后续版本上线。',
  notFound: {
    title: '页面不存在',
    body: '找不到地址 {{path}} 对应的页面。',
    home: '返回总览',
  },
  errors: {
    title: '出错了',
    unexpected: '页面出现意外错误。',
    details: '错误详情',
    reload: '重新加载',
    retry: '重试',
    chunkFailed: '页面文件加载失败，可能是系统刚刚更新。请重新加载页面。',
    chunkReloading: '正在重新加载页面……',
    chunkChecking: '此页面的文件未能加载，正在检查与服务器的连接……',
    chunkUnreachable: '网络中断，此页面的文件未能加载。连接恢复后会自动重新加载此页面。',
    back: '返回上一页',
  },
  api: {
    http: '服务器返回错误 {{status}}',
    withDetail: '{{message}}：{{detail}}',
    network: '无法连接服务器，请检查网络。',
    timeout: '服务器在 {{seconds}} 秒内没有响应。',
    parse: '服务器返回的数据无法解析。',
    rateLimited: '服务器请求过多，要求 {{seconds}} 秒内不再请求，之后自动刷新。',
    unavailable: '服务器暂时不可用，要求 {{seconds}} 秒内不再请求，之后自动刷新。',
    validation: '服务器返回的数据格式不符（{{issues}}）',
    aborted: '请求已取消。',
  },
  action: {
    forbidden: '您的账号无权执行此操作，操作没有执行。如需办理，请联系有权限的负责人。',
    csrf: '安全校验未通过，操作没有执行。请刷新页面后重新操作。',
    unauthenticated: '登录已过期，操作没有执行。请重新登录后再操作。',
    conflict:
      '操作没有执行：对象的状态已经改变（例如工单已办结、已在督办中，或督办已结束）。已刷新为最新数据，请核对后再决定。',
    invalid: '提交的内容未被接受，操作没有执行。请检查填写的内容后再提交。',
    invalidFields: '操作没有执行：{{fields}}。请修改后再提交。',
    fieldSeparator: '；',
    idempotency: '这次提交与同一操作先前的提交内容不同，操作没有执行。请再提交一次。',
    notFound: '找不到要操作的对象（可能编号有误或已被撤销），操作没有执行。',
    rateLimited: '操作过于频繁，请稍后再试。',
    rateLimitedFor: '操作过于频繁，请 {{seconds}} 秒后再试。',
    server: '服务器出错，操作可能没有执行。填写的内容已保留，可直接重试，不会重复执行。',
    network: '网络中断，无法确认操作是否送达。填写的内容已保留，请检查网络后重试，重试不会重复执行。',
    unknown: '操作失败。填写的内容已保留，请稍后重试。',
    retry: '重试',
  },
  panel: {
    loading: '加载中……',
    empty: '所选范围内暂无数据。',
    error: '数据加载失败',
    renderError: '此面板显示出错，其他面板不受影响。',
    stale: '数据已过期',
    staleSince: '显示的是 {{time}} 的数据',
    retry: '重试',
    codeFailed: '此面板的程序未能加载（网络中断？），其他面板不受影响。网络恢复后会自动重试。',
    chartFailed: '图表程序未能加载（网络中断？），网络恢复后会自动重试。',
    codeNeedsReload: '此处的程序仍未能加载，重新加载页面即可恢复（所选视图会保留）。',
    reload: '重新加载页面',
  },
  preferences: {
    language: '语言',
    theme: '主题',
    themeSystem: '跟随系统',
    themeLight: '浅色',
    themeDark: '深色',
    refreshInterval: '数据刷新间隔',
    wallRotation: '大屏轮播间隔',
    seconds: '{{count}} 秒',
    minutes: '{{count}} 分钟',
    density: '表格密度',
    densityComfortable: '宽松',
    densityCompact: '紧凑',
    bandMargin: '排名黄色区间（低于目标）',
    points: '{{count}} 个百分点',
    storedLocally: '偏好保存在本浏览器中，不含任何个人信息。',
  },
  signIn: {
    username: '用户名',
    password: '密码',
    submit: '登录',
    submitting: '正在登录……',
    failed: '登录失败：{{reason}}',
    wrongCredentials: '用户名或密码错误',
    demoAccounts: '演示账号',
    demoAccountsHint: '点击账号即可填入用户名和密码。',
    useAccount: '使用{{role}}账号 {{username}}',
  },
  session: {
    signedInAs: '当前用户',
    signOut: '退出登录',
    signingOut: '正在退出……',
    signOutFailed: '退出失败：{{reason}}',
    expired: {
      title: '登录已过期',
      description: '为保护个人信息，页面内容已隐藏。请重新登录；以同一账号登录后，未提交的填写内容会恢复。',
    },
    roles: {
      director: '督办负责人',
      staff: '承办人员',
      wall: '大屏',
    },
  },
  time: {
    zoneNote: '时间均为北京时间',
    assumedCalendar:
      '{{years}}年的节假日安排尚未公布：该年的工作日暂按周一至周五推算，落在其中的期限可能在安排公布后调整。',
  },
  period: {
    label: '统计周期',
    today: '今日',
    week: '本周',
    month: '本月',
    quarter: '本季度',
    year: '本年',
    janFeb: '1—2月',
    custom: '自定义',
  },
  codes: codesZhCN,
  overview: overviewZhCN,
  overviewTrend: overviewTrendZhCN,
  events: eventsZhCN,
  overviewBreakdowns: overviewBreakdownsZhCN,
  sixTimely: sixTimelyZhCN,
  alertsStrip: alertsStripZhCN,
  periodRange: periodRangeZhCN,
  approvals: approvalsZhCN,
} as const

/** The translation tree's shape, with string leaves: every language must match it. */
type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof zhCNCore & typeof zhCNPages>
