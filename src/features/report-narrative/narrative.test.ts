import { describe, expect, it } from 'vitest'
import { reportFigures, type Report } from '@/entities/report/model/report-figures'
import { makeReport, periodFigures } from '../../../tests/unit/report-fixture'
import { buildNarrative, type NarrativeLabels } from './narrative'

const labels: NarrativeLabels = {
  category: (code) => `C:${code}`,
  district: (code) => `D:${code}`,
  unit: (code) => `U:${code}`,
  timely: (code) => `T:${code}`,
}

const sentence = (report: Report, key: string, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  buildNarrative(report, locale, labels).find((s) => s.key === key)

describe('report narrative', () => {
  it('cites only figures the page shows, in both languages', () => {
    const report = makeReport({ timelyRates: { analysis: 0.8 } })
    const ids = new Set(reportFigures(report).map((figure) => figure.id))
    for (const locale of ['zh-CN', 'en'] as const) {
      const sentences = buildNarrative(report, locale, labels)
      expect(sentences.length).toBeGreaterThanOrEqual(8)
      for (const { cites, text } of sentences) {
        expect(cites.length).toBeGreaterThan(0)
        for (const id of cites) expect(ids, `${id} in "${text}"`).toContain(id)
      }
    }
  })

  it('says rise, fall and flat as the figures move', () => {
    const report = makeReport({
      current: { received: { total: 1100, complaints: 400, reports: 150, consultations: 550 } },
      previous: { received: { total: 1000, complaints: 400, reports: 150, consultations: 450 } },
      yearAgo: { received: { total: 1100, complaints: 500, reports: 150, consultations: 450 } },
    })
    expect(sentence(report, 'received')?.text).toBe(
      '本期共受理1,100件（投诉400件、举报150件、咨询550件），环比上升10.0%，同比持平。',
    )
    expect(sentence(report, 'received', 'en')?.text).toBe(
      '1,100 items were received (400 complaints, 150 reports, 550 consultations), up 10.0% on the previous period and flat on a year earlier.',
    )
    const falling = makeReport({
      current: { closure: { due: 100, onTime: 90, late: 10, rate: 0.9 } },
      previous: { closure: { due: 100, onTime: 95, late: 5, rate: 0.95 } },
      yearAgo: { closure: { due: 100, onTime: 88, late: 12, rate: 0.88 } },
    })
    expect(sentence(falling, 'closure-rate')?.text).toBe(
      '按时办结率为90.0%，环比下降5.0个百分点，同比上升2.0个百分点。',
    )
    expect(sentence(falling, 'closure-rate', 'en')?.text).toBe(
      'The on-time closure rate was 90.0%, down 5.0 pp on the previous period and up 2.0 pp on a year earlier.',
    )
    // A change too small to show is flat, as on the page.
    const tiny = makeReport({
      current: { recoveredFen: 100_000_000 },
      previous: { recoveredFen: 100_010_000 },
      yearAgo: { recoveredFen: 50_000_000 },
    })
    expect(sentence(tiny, 'recovered-losses')?.text).toBe('挽回经济损失100.0万元，环比持平，同比上升100.0%。')
  })

  it('leaves out a missing figure, and a comparison that has no earlier value', () => {
    const report = makeReport({
      current: { reportCheck: { due: 0, onTime: 0, late: 0, rate: null } },
      previous: { complaintToCase: 0, closure: { due: 0, onTime: 0, late: 0, rate: null } },
      timelyRates: {
        acceptance: null,
        dispatch: null,
        handling: null,
        supervision: null,
        reply: null,
        analysis: null,
      },
      extra: { hotspots: [], bestUnits: [], worstUnits: [] },
    })
    const sentences = buildNarrative(report, 'zh-CN', labels)
    const keys = sentences.map((s) => s.key)
    expect(keys).not.toContain('report-check-rate')
    expect(keys).not.toContain('timely-below')
    expect(keys).not.toContain('timely-met')
    expect(keys).not.toContain('hotspots')
    expect(keys).not.toContain('units')
    // 12 cases against 0: no relative change to state; the year-ago comparison stays.
    expect(sentence(report, 'complaint-to-case')?.text).toBe('诉转案12件，同比持平。')
    expect(sentence(report, 'closure-rate')?.text).toBe('按时办结率为97.0%，同比持平。')
    expect(sentences.every((s) => !s.text.includes('—'))).toBe(true)
  })

  it('names the timely rates below target, or says all met it', () => {
    const below = makeReport({ timelyRates: { analysis: 0.8, reply: 0.9 } })
    expect(sentence(below, 'timely-below')).toEqual({
      key: 'timely-below',
      cites: ['timely-reply', 'timely-analysis'],
      text: '六个及时中低于目标的有：T:reply90.0%（目标95.0%）、T:analysis80.0%（目标95.0%）。',
    })
    expect(sentence(makeReport(), 'timely-met')?.cites).toHaveLength(6)
  })

  it('names the top category, the fastest riser, the units and the surge', () => {
    const report = makeReport()
    expect(sentence(report, 'top-category')?.text).toBe(
      '受理量最多的类别是C:tourism（300件），环比上升50.0%。',
    )
    expect(sentence(report, 'rising-category')).toMatchObject({
      cites: ['category-cateringLodging'],
      text: '前五类别中环比增幅最大的是C:cateringLodging（200件，+100.0%）。',
    })
    expect(sentence(report, 'units')?.cites).toEqual(['closure-unit-371102-01', 'closure-unit-371103-01'])
    expect(sentence(report, 'hotspots', 'en')?.text).toBe(
      '1 hotspot surged; the largest was c:tourism in D:371102 (120 items against a baseline mean of 40).',
    )
    expect(periodFigures().received.total).toBe(1000)
  })
})
