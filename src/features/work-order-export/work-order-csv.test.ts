// @vitest-environment node
import { HOSTILE_TEXTS } from '@mocks/sim/hostile-text'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../../tests/unit/parse-csv'
import { workOrderSummary } from '../../../tests/unit/work-order-summary'
import { keepAsText, neutralizeFormula } from '@/shared/lib/csv'
import { createI18n } from '@/shared/i18n/i18n'
import {
  csvChinaTime,
  workOrderCsvFileName,
  workOrderCsvHeader,
  workOrderCsvRow,
  type WorkOrderSummary,
} from './work-order-csv'

const item: WorkOrderSummary = workOrderSummary({
  id: '12345678901234567890',
  unit: 'u-1',
  receivedAt: '2026-12-04T16:30:00Z',
  stage: 'dispatched',
  dueAt: null,
  overdue: true,
  supervised: true,
  reminderCount: 3,
  overdueSince: '2026-12-05T00:00:00+08:00',
  summary: '=HYPERLINK("http://evil.example")',
  businessName: '日照"好运",餐饮\n分店',
})

describe('work-order CSV rows', () => {
  it('has a header of column names in the UI language', () => {
    expect(workOrderCsvHeader(createI18n('zh-CN').t)).toBe(
      '工单编号,渠道,类型,类别,区县,承办单位,当前环节,受理时间（北京时间）,办理期限（北京时间）,超期,临期,督办中,催办次数,诉求摘要,涉及经营者\r\n',
    )
    expect(workOrderCsvHeader(createI18n('en').t)).toMatch(/^Number,Channel,Kind,/)
  })

  it('writes names for codes, China time, flags in words and neutralized public text', () => {
    const row = workOrderCsvRow(item, {
      t: createI18n('zh-CN').t,
      locale: 'zh-CN',
      unitNames: new Map([['u-1', '东港区市场监管局']]),
    })
    expect(row).toBe(
      [
        '"=""12345678901234567890"""',
        '12345热线',
        '投诉',
        '预付卡',
        '东港区',
        '东港区市场监管局',
        '分派',
        // 16:30 UTC is 00:30 the next day in China, whatever the machine's zone.
        '2026-12-05 00:30',
        '',
        '是',
        '否',
        '是',
        '3',
        '"\'=HYPERLINK(""http://evil.example"")"',
        '"日照""好运"",餐饮\n分店"',
      ].join(',') + '\r\n',
    )
  })

  it('writes a unit without a name as its code, and English words in English', () => {
    const row = workOrderCsvRow(
      { ...item, dueAt: '2026-12-08T16:00:00Z' },
      { t: createI18n('en').t, locale: 'en', unitNames: new Map() },
    )
    expect(row.split(',').slice(1, 12)).toEqual([
      '12345 hotline',
      'Complaint',
      'Prepaid cards',
      'Donggang',
      'u-1',
      'Dispatched',
      '2026-12-05 00:30',
      '2026-12-09 00:00',
      'yes',
      'no',
      'yes',
    ])
  })

  it('names the file after the China day of the data', () => {
    // 16:30 UTC on the 4th is already the 5th in China.
    expect(workOrderCsvFileName('2026-12-04T16:30:00Z', createI18n('zh-CN').t)).toBe('工单-2026-12-05.csv')
    expect(workOrderCsvFileName('2026-12-05T09:00:00+08:00', createI18n('en').t)).toBe(
      'work-orders-2026-12-05.csv',
    )
  })

  it('formats times as China day and 24-hour time', () => {
    expect(csvChinaTime('2026-12-31T16:05:00Z', 'en')).toBe('2027-01-01 00:05')
  })
})

describe('work-order CSV rows of the hostile city', () => {
  it('keep every hostile summary, business and unit name in its own cell, literal, never a formula', () => {
    const zh = { t: createI18n('zh-CN').t, locale: 'zh-CN' as const }
    const text = HOSTILE_TEXTS.map((hostile, index) =>
      workOrderCsvRow(
        workOrderSummary({
          unit: 'u-1',
          summary: hostile,
          businessName: HOSTILE_TEXTS[(index + 1) % HOSTILE_TEXTS.length]!,
          reminderCount: index,
        }),
        { ...zh, unitNames: new Map([['u-1', HOSTILE_TEXTS[(index + 2) % HOSTILE_TEXTS.length]!]]) },
      ),
    ).join('')
    const rows = parseCsv(text)
    expect(rows).toHaveLength(HOSTILE_TEXTS.length)
    const asRead = (value: string) => keepAsText(neutralizeFormula(value))
    rows.forEach((row, index) => {
      // Every row has the file's 15 columns: no text split a row or a cell.
      expect(row).toHaveLength(15)
      expect(row[5]).toBe(asRead(HOSTILE_TEXTS[(index + 2) % HOSTILE_TEXTS.length]!))
      expect(row[12]).toBe(String(index))
      expect(row[13]).toBe(asRead(HOSTILE_TEXTS[index]!))
      expect(row[14]).toBe(asRead(HOSTILE_TEXTS[(index + 1) % HOSTILE_TEXTS.length]!))
      for (const cell of row)
        if (!/^="[0-9][0-9eE.,:/ -]*"$/.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r\0]/)
    })
    expect(rows.map((row) => row[13])).toEqual(
      expect.arrayContaining([
        '\'=HYPERLINK("http://x","y")',
        "'+1+1",
        "'-2",
        "'@SUM(A1)",
        '="1e309"',
        'NaN',
      ]),
    )
  })
})
