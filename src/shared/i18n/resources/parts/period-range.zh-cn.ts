/** Texts of the range of China days a user types (the Overview's custom period, the list's period), in Chinese. */
export const periodRangeZhCN = {
  from: '开始日期',
  to: '结束日期',
  apply: '应用',
  clear: '不限期间',
  problem: {
    missing: '请填写开始和结束日期。',
    invalid: '日期格式应为 年-月-日。',
    reversed: '开始日期不能晚于结束日期。',
    future: '结束日期不能晚于今天。',
    tooLong: '时间跨度不能超过三年。',
  },
} as const
