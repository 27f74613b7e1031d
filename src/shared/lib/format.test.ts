// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  formatDeadline,
  changeDirection,
  chinaDay,
  formatAge,
  formatCalendarDay,
  formatChangePoints,
  formatChinaDateTime,
  formatCount,
  formatList,
  formatMoneyFen,
  formatRate,
  formatSignedChange,
  formatDecimal,
  missingValue,
  prepareFormatters,
} from './format'

const minus = '\u2212'

// Half past midnight on New Year's Day in China is still the afternoon of 31 December in
// New York (and in UTC): a formatter that ignored the zone would get the day, month and year
// wrong at once.
const newYearInChina = '2026-12-31T16:30:05Z'

describe('the process time zone of this suite', () => {
  it('is not China time, so the China-time tests below prove something', () => {
    // `npm run test:unit` runs with TZ=America/New_York; vitest.config.ts defaults to it.
    expect(new Date(newYearInChina).getTimezoneOffset()).not.toBe(-480)
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.toBe('Asia/Shanghai')
    // In this zone the instant is still on 31 December.
    expect(new Date(newYearInChina).getDate()).toBe(31)
  })
})

describe('formatCount', () => {
  it('groups thousands in both languages', () => {
    expect(formatCount(12_345_678, 'zh-CN')).toBe('12,345,678')
    expect(formatCount(12_345_678, 'en')).toBe('12,345,678')
    expect(formatCount(0, 'zh-CN')).toBe('0')
  })

  it('shows a missing count as a dash, never as 0', () => {
    expect(formatCount(null, 'zh-CN')).toBe(missingValue)
    expect(formatCount(undefined, 'en')).toBe('—')
    expect(formatCount(Number.NaN, 'en')).toBe('—')
  })
})

describe('formatRate', () => {
  it('shows a rate with nothing to divide by as a dash', () => {
    expect(formatRate(null, 'zh-CN')).toBe('—')
    expect(formatRate(undefined, 'en')).toBe('—')
    expect(formatRate(Number.NaN, 'en')).toBe('—')
  })

  it('uses two decimals from 99 % on and one below', () => {
    expect(formatRate(0.9986, 'zh-CN')).toBe('99.86%')
    expect(formatRate(0.9986, 'en')).toBe('99.86%')
    expect(formatRate(0.99, 'en')).toBe('99.00%')
    expect(formatRate(0.9876, 'zh-CN')).toBe('98.8%')
    expect(formatRate(0.5, 'en')).toBe('50.0%')
    expect(formatRate(0, 'en')).toBe('0.0%')
  })

  it('never shows 99.996 % as 100.00 %', () => {
    expect(formatRate(0.99996, 'zh-CN')).toBe('99.99%')
    expect(formatRate(0.99996, 'en')).toBe('99.99%')
    // The same with the counts behind it: one late item among 25,000.
    expect(formatRate(24_999 / 25_000, 'zh-CN', { numerator: 24_999, denominator: 25_000 })).toBe('99.99%')
  })

  it('does not round the exact half up to 100 % either', () => {
    expect(formatRate(0.99995, 'en')).toBe('99.99%')
    expect(formatRate(0.999_999_9, 'en')).toBe('99.99%')
  })

  it('still rounds normally when the result is not 100 %', () => {
    expect(formatRate(0.99986, 'en')).toBe('99.99%')
    expect(formatRate(0.99866, 'en')).toBe('99.87%')
  })

  it('shows 100.00 % when every item counts', () => {
    expect(formatRate(1, 'zh-CN')).toBe('100.00%')
    expect(formatRate(1, 'en', { numerator: 30_000, denominator: 30_000 })).toBe('100.00%')
    // Equal counts win over floating-point noise in the rate: (0.1 + 0.2) / 0.3 is not 1.
    const noisy = (0.1 + 0.2) / 0.3
    expect(noisy).not.toBe(1)
    expect(formatRate(noisy, 'en', { numerator: 3, denominator: 3 })).toBe('100.00%')
    expect(formatRate(noisy, 'en')).toBe('100.00%')
  })

  it('trusts the counts over a rate the server rounded to 1', () => {
    expect(formatRate(1, 'zh-CN', { numerator: 29_999, denominator: 30_000 })).toBe('99.99%')
  })
})

describe('formatDecimal', () => {
  it('writes one decimal, signed on request, with the real minus sign', () => {
    expect(formatDecimal(12.345, 'zh-CN')).toBe('12.3')
    expect(formatDecimal(1234.56, 'en')).toBe('1,234.6')
    expect(formatDecimal(2.25, 'en', { signed: true })).toBe('+2.3')
    expect(formatDecimal(-0.84, 'en', { signed: true })).toBe(`${minus}0.8`)
    expect(formatDecimal(-0.01, 'en', { signed: true })).toBe('0.0')
    expect(formatDecimal(null, 'en')).toBe('—')
  })
})

describe('formatSignedChange and changeDirection', () => {
  it('writes percentage points with an explicit sign', () => {
    expect(formatSignedChange(0.012, 'points', 'en')).toBe('+1.2 pp')
    expect(formatSignedChange(0.012, 'points', 'zh-CN')).toBe('+1.2个百分点')
    expect(formatChangePoints(-0.031, 'en')).toBe(`${minus}3.1 pp`)
  })

  it('uses the real minus sign U+2212, not a hyphen', () => {
    const text = formatSignedChange(-3, 'count', 'zh-CN')
    expect(text).toBe('−3')
    expect(text.codePointAt(0)).toBe(0x2212)
    expect(text).not.toContain('-')
  })

  it('signs counts and relative changes', () => {
    expect(formatSignedChange(1204, 'count', 'en')).toBe('+1,204')
    expect(formatSignedChange(-1204, 'count', 'zh-CN')).toBe(`${minus}1,204`)
    expect(formatSignedChange(0.034, 'percent', 'en')).toBe('+3.4%')
    expect(formatSignedChange(-0.5, 'percent', 'zh-CN')).toBe(`${minus}50.0%`)
  })

  it('gives no sign to no change, and a dash to no comparison', () => {
    expect(formatSignedChange(0, 'count', 'en')).toBe('0')
    expect(formatSignedChange(0, 'points', 'en')).toBe('0.0 pp')
    expect(formatSignedChange(null, 'points', 'zh-CN')).toBe('—')
  })

  it('tells the direction for the arrow', () => {
    expect(changeDirection(5)).toBe('up')
    expect(changeDirection(-0.2)).toBe('down')
    expect(changeDirection(0)).toBe('flat')
    expect(changeDirection(Number.NaN)).toBe('flat')
  })

  it('keeps arrow and text in agreement when a change rounds to zero', () => {
    // 0.1 + 0.2 - 0.3 is 5.55e-17, not 0: no "+0.0 pp" with an up arrow.
    const noise = 0.1 + 0.2 - 0.3
    expect(noise).toBeGreaterThan(0)
    expect(changeDirection(noise, 'points')).toBe('flat')
    expect(formatSignedChange(noise, 'points', 'en')).toBe('0.0 pp')
    expect(changeDirection(-0.0004, 'points')).toBe('flat')
    expect(formatSignedChange(-0.0004, 'points', 'zh-CN')).toBe('0.0个百分点')
    // Large enough to show: signed, and the arrow agrees.
    expect(changeDirection(0.0006, 'points')).toBe('up')
    expect(formatSignedChange(0.0006, 'points', 'en')).toBe('+0.1 pp')
  })
})

describe('formatMoneyFen', () => {
  it('shows large Chinese amounts in 万元', () => {
    // 2,658,700,000 fen = 26,587,000 yuan = 2,658.7万元
    expect(formatMoneyFen(2_658_700_000, 'zh-CN')).toBe('2,658.7万元')
    expect(formatMoneyFen(1_000_000, 'zh-CN')).toBe('1.0万元')
    // Never switches to 亿: a column of 万元 keeps its unit.
    expect(formatMoneyFen(250_000_000_000, 'zh-CN')).toBe('250,000.0万元')
  })

  it('shows Chinese amounts below 1万 yuan in 元', () => {
    expect(formatMoneyFen(999_999, 'zh-CN')).toBe('9,999.99元')
    expect(formatMoneyFen(123_400, 'zh-CN')).toBe('1,234元')
    expect(formatMoneyFen(123_450, 'zh-CN')).toBe('1,234.50元')
    expect(formatMoneyFen(0, 'zh-CN')).toBe('0元')
  })

  it('shows English amounts as compact yuan', () => {
    expect(formatMoneyFen(2_658_700_000, 'en')).toBe('¥26.59M')
    expect(formatMoneyFen(1_000_000, 'en')).toBe('¥10K')
    expect(formatMoneyFen(250_000_000_000, 'en')).toBe('¥2.5B')
    expect(formatMoneyFen(123_450, 'en')).toBe('¥1,234.50')
    expect(formatMoneyFen(123_400, 'en')).toBe('¥1,234')
  })

  it('keeps the sign of negative amounts', () => {
    expect(formatMoneyFen(-2_658_700_000, 'zh-CN')).toBe('-2,658.7万元')
    expect(formatMoneyFen(-50, 'zh-CN')).toBe('-0.50元')
  })

  it('computes in integer fen, never in floating-point yuan', () => {
    // 10 fen + 20 fen is exactly 30 fen, where 0.1 + 0.2 yuan is 0.30000000000000004.
    expect(formatMoneyFen(10 + 20, 'zh-CN')).toBe('0.30元')
    // The exact decimal half rounds up: 100,050,000 fen is 100.05万 (a float would be 100.0499…).
    expect(formatMoneyFen(100_050_000, 'zh-CN')).toBe('100.1万元')
    // Beyond double precision (17 significant digits), a bigint is still exact: as a float
    // this amount would round up to 1,000,000,000,000,000.0万元.
    expect(formatMoneyFen(999_999_999_999_999_949_999n, 'zh-CN')).toBe('999,999,999,999,999.9万元')
  })

  it('rejects amounts that are not integer fen', () => {
    expect(() => formatMoneyFen(0.1 + 0.2, 'zh-CN')).toThrow(RangeError)
    expect(() => formatMoneyFen(12.5, 'en')).toThrow(RangeError)
    expect(() => formatMoneyFen(2 ** 60, 'en')).toThrow(RangeError)
  })

  it('shows a missing amount as a dash', () => {
    expect(formatMoneyFen(null, 'zh-CN')).toBe('—')
  })
})

describe('formatDeadline', () => {
  it('reads a deadline at 00:00 China time as the end of the day before', () => {
    expect(formatDeadline('2026-10-24T00:00:00+08:00', 'zh-CN')).toBe('2026年10月23日 24:00')
    expect(formatDeadline('2026-10-23T16:00:00Z', 'en')).toBe('Oct 23, 2026, 24:00')
  })

  it('shows any other deadline as it is', () => {
    expect(formatDeadline('2026-10-24T17:30:00+08:00', 'zh-CN')).toBe('2026年10月24日 17:30')
  })
})

describe('formatChinaDateTime', () => {
  it('shows China time, not the process zone (New York)', () => {
    expect(formatChinaDateTime(newYearInChina, 'zh-CN', 'dateTime')).toBe('2027年1月1日 00:30')
    expect(formatChinaDateTime(newYearInChina, 'zh-CN', 'date')).toBe('2027年1月1日')
    expect(formatChinaDateTime(newYearInChina, 'zh-CN', 'time')).toBe('00:30')
    expect(formatChinaDateTime(newYearInChina, 'zh-CN', 'timeSeconds')).toBe('00:30:05')
  })

  it('would show the wrong day without the China zone', () => {
    // The same Intl call in the process zone: a day, a month and a year off.
    expect(new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' }).format(new Date(newYearInChina))).toBe(
      '2026年12月31日',
    )
    expect(formatChinaDateTime(newYearInChina, 'zh-CN', 'date')).not.toBe('2026年12月31日')
  })

  it('formats in English with a 24-hour clock', () => {
    expect(formatChinaDateTime(newYearInChina, 'en', 'dateTime')).toBe('Jan 1, 2027, 00:30')
    expect(formatChinaDateTime(newYearInChina, 'en', 'date')).toBe('Jan 1, 2027')
    expect(formatChinaDateTime('2027-01-01T06:15:00Z', 'en', 'time')).toBe('14:15')
    expect(formatChinaDateTime('2027-01-01T06:15:09Z', 'en', 'timeSeconds')).toBe('14:15:09')
  })

  it('accepts a Date, epoch milliseconds or a timestamp with an offset', () => {
    const ms = Date.parse(newYearInChina)
    expect(formatChinaDateTime(new Date(ms), 'zh-CN', 'time')).toBe('00:30')
    expect(formatChinaDateTime(ms, 'zh-CN', 'time')).toBe('00:30')
    expect(formatChinaDateTime('2027-01-01T00:30:05+08:00', 'zh-CN', 'timeSeconds')).toBe('00:30:05')
  })

  it('rejects a timestamp without a zone, which the browser would read in its own', () => {
    expect(() => formatChinaDateTime('2027-01-01T00:30:00', 'zh-CN')).toThrow(RangeError)
    expect(() => formatChinaDateTime('not a date', 'en')).toThrow(RangeError)
    expect(() => formatChinaDateTime(Number.NaN, 'en')).toThrow(RangeError)
  })
})

describe('chinaDay', () => {
  it('gives the China calendar day of an instant', () => {
    expect(chinaDay('2026-12-31T16:30:00Z')).toBe('2027-01-01')
    expect(chinaDay('2026-12-31T16:00:00Z')).toBe('2027-01-01')
    expect(chinaDay('2026-12-31T15:59:59Z')).toBe('2026-12-31')
  })

  it('does not follow the process zone across its DST change', () => {
    // 14 March 2027 is the US switch to daylight time; China has none.
    expect(chinaDay(new Date('2027-03-14T06:59:59Z'))).toBe('2027-03-14')
    expect(chinaDay(Date.parse('2027-03-14T16:00:00Z'))).toBe('2027-03-15')
  })
})

describe('formatCalendarDay', () => {
  it('formats a China day without moving it to another zone', () => {
    expect(formatCalendarDay('2027-01-01', 'zh-CN')).toBe('2027年1月1日')
    expect(formatCalendarDay('2027-01-01', 'zh-CN', 'monthDay')).toBe('1月1日')
    expect(formatCalendarDay('2027-01-01', 'en', 'monthDay')).toBe('Jan 1')
  })

  it('rejects anything but YYYY-MM-DD', () => {
    expect(() => formatCalendarDay('2027-1-1', 'en')).toThrow(RangeError)
    expect(() => formatCalendarDay('2027-13-40', 'en')).toThrow(RangeError)
  })
})

describe('formatAge', () => {
  it('says how long ago, in whole units', () => {
    expect(formatAge(3 * 60_000, 'zh-CN')).toBe('3分钟前')
    expect(formatAge(3 * 60_000, 'en')).toBe('3 min. ago')
    expect(formatAge(3 * 60_000 + 59_000, 'en')).toBe('3 min. ago')
    expect(formatAge(5_000, 'zh-CN')).toBe('5秒前')
    expect(formatAge(2 * 3_600_000, 'zh-CN')).toBe('2小时前')
    expect(formatAge(26 * 3_600_000, 'en')).toBe('1 day ago')
  })

  it('calls a fresh (or future, from a skewed clock) age "now"', () => {
    expect(formatAge(0, 'zh-CN')).toBe('现在')
    expect(formatAge(999, 'en')).toBe('now')
    expect(formatAge(-5_000, 'en')).toBe('now')
    expect(formatAge(Number.NaN, 'en')).toBe('—')
  })
})

describe('formatList', () => {
  it('joins items as each locale joins a list', () => {
    expect(formatList(['2026', '2027'], 'zh-CN')).toBe('2026和2027')
    expect(formatList(['2026', '2027'], 'en')).toBe('2026 and 2027')
    expect(formatList(['2025', '2026', '2027'], 'en')).toBe('2025, 2026, and 2027')
  })

  it('gives a single item as it is, and nothing for none', () => {
    expect(formatList(['2027'], 'zh-CN')).toBe('2027')
    expect(formatList([], 'en')).toBe('')
  })
})

describe('prepareFormatters', () => {
  it('builds each formatter in a task of its own, in either language', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const queue: (() => void)[] = []
      prepareFormatters(locale, (task) => queue.push(task))
      let tasks = 0
      while (queue.length > 0) {
        queue.shift()?.()
        tasks += 1
      }
      // The first task only starts the chain; every build then runs alone.
      expect(tasks).toBe(7)
    }
  })
})
