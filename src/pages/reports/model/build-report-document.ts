import type { TFunction } from 'i18next'
import type { z } from 'zod/mini'
import {
  caseFigureIds,
  comparableFigure,
  figureChange,
  headlineFigureIds,
  hotspotFigureId,
  lossFigureIds,
  notableHotspots,
  rowFigureId,
  timelyFigureId,
  type ChangeBasis,
  type Report,
  type ReportFigure,
  type ReportRow,
  type RowDimension,
} from '@/entities/report/model/report-figures'
import type {
  DocBlock,
  DocCell,
  DocSection,
  DocTable,
  ReportDocument,
} from '@/features/report-export/report-document'
import type { NarrativeSentence } from '@/features/report-narrative/narrative'
import type { reportPublicationListSchema } from '@/shared/api/validators.gen'
import type { Locale } from '@/shared/i18n/locales'
import {
  formatCalendarDay,
  formatChinaDateTime,
  formatCount,
  formatDeadline,
  formatMoneyFen,
  formatRate,
  formatSignedChange,
  missingValue,
} from '@/shared/lib/format'
import { reportPeriodText } from './report-period-text'

export type PublicationList = z.output<typeof reportPublicationListSchema>

export const sectionIds = [
  'headline',
  'timely',
  'mix',
  'categories',
  'areas',
  'losses',
  'cases',
  'hotspots',
  'narrative',
  'publication',
] as const
export type SectionId = (typeof sectionIds)[number]

export interface DocumentInput {
  report: Report
  t: TFunction
  locale: Locale
  unitName: (code: string) => string
  narrative: { zh: readonly NarrativeSentence[]; en: readonly NarrativeSentence[] }
  /** What was done about a hotspot, from the alerts; `undefined` while unknown. */
  hotspotAction?: (hotspot: Report['hotspots'][number]) => string | undefined
  /** The type's recent publications, when loaded. */
  recent?: PublicationList
}

/** A figure's label, for citations: the words the page uses for it. */
export function figureLabel(
  id: string,
  { t, unitName, report }: Pick<DocumentInput, 't' | 'unitName' | 'report'>,
): string {
  if (
    (headlineFigureIds as readonly string[]).includes(id) ||
    [...lossFigureIds, ...caseFigureIds].includes(id as never)
  )
    return t(`reports.figures.${id}` as never)
  const [prefix, ...rest] = id.split('-')
  const key = rest.join('-')
  switch (prefix) {
    case 'timely':
      return t(`sixTimely.items.${key}.name` as never)
    case 'channel':
    case 'kind':
    case 'category':
    case 'district':
      return t(`codes.${prefix}.${key}` as never)
    case 'unit':
      return unitName(key)
    case 'closure':
      return `${unitName(key.replace(/^unit-/, ''))} · ${t('reports.columns.rate')}`
    case 'hotspot': {
      const hotspot = report.hotspots.find((h) => hotspotFigureId(h) === id)
      return hotspot ? hotspotWhere(hotspot, t) : id
    }
    default:
      return id
  }
}

function hotspotWhere(hotspot: Report['hotspots'][number], t: TFunction): string {
  return t('reports.hotspotWhere', {
    district: t(`codes.district.${hotspot.district}` as never),
    category: t(`codes.category.${hotspot.category}` as never),
  })
}

function valueText(
  figure: Pick<ReportFigure, 'kind' | 'value' | 'numerator' | 'denominator'>,
  locale: Locale,
  value = figure.value,
) {
  if (figure.kind === 'rate') return formatRate(value, locale, value === figure.value ? figure : {})
  if (figure.kind === 'money') return formatMoneyFen(value, locale)
  return formatCount(value, locale)
}

function changeText(figure: ReportFigure, basis: ChangeBasis, locale: Locale): string {
  const change = figureChange(figure, basis)
  return change ? formatSignedChange(change.delta, change.kind, locale) : missingValue
}

/** Figures with 环比 and 同比: figure, this period, previous, change, a year earlier, change. */
function comparisonTable(
  id: string,
  caption: string,
  ids: readonly string[],
  input: DocumentInput,
): DocTable {
  const { report, t, locale } = input
  const c = (key: string) => t(`reports.columns.${key}` as never)
  return {
    id,
    caption,
    columns: [
      c('figure'),
      c('current'),
      c('previous'),
      c('changePrevious'),
      c('yearAgo'),
      c('changeYearAgo'),
    ],
    rows: ids.map((figureId) => {
      const figure = comparableFigure(report, figureId as (typeof headlineFigureIds)[number])
      return [
        { text: t(`reports.figures.${figureId}` as never) },
        { text: valueText(figure, locale), figureId },
        { text: figure.previous === undefined ? missingValue : valueText(figure, locale, figure.previous) },
        { text: changeText(figure, 'previous', locale) },
        { text: figure.yearAgo === undefined ? missingValue : valueText(figure, locale, figure.yearAgo) },
        { text: changeText(figure, 'yearAgo', locale) },
      ]
    }),
  }
}

/** Rows received by a dimension: name, items, share, previous, change. */
function rowTable(
  id: string,
  caption: string,
  dimension: RowDimension,
  rows: readonly ReportRow[],
  input: DocumentInput,
): DocTable {
  const { t, locale, unitName } = input
  const c = (key: string) => t(`reports.columns.${key}` as never)
  // Shares of everything received (the top categories are not the whole).
  const total = input.report.summary.received.total
  const name = (key: string) =>
    dimension === 'unit' ? unitName(key) : t(`codes.${dimension}.${key}` as never)
  return {
    id,
    caption,
    columns: [c(dimension), c('count'), c('share'), c('previous'), c('changePrevious')],
    rows: [...rows]
      .sort((a, b) => a.rank - b.rank)
      .map((row) => [
        { text: name(row.key) },
        { text: formatCount(row.value, locale), figureId: rowFigureId(dimension, row.key) },
        { text: total > 0 && row.value !== null ? formatRate(row.value / total, locale) : missingValue },
        { text: formatCount(row.comparisonValue ?? null, locale) },
        { text: formatSignedChange(row.changeRatio ?? null, 'percent', locale) },
      ]),
  }
}

function unitRateTable(
  id: string,
  caption: string,
  rows: readonly ReportRow[],
  input: DocumentInput,
): DocTable {
  const { t, locale, unitName } = input
  const c = (key: string) => t(`reports.columns.${key}` as never)
  return {
    id,
    caption,
    columns: [c('unit'), c('rate'), c('counts')],
    rows: rows.map((row) => [
      { text: unitName(row.key) },
      {
        text: formatRate(row.value, locale, { numerator: row.numerator, denominator: row.denominator }),
        figureId: rowFigureId('closure-unit', row.key),
      },
      { text: `${formatCount(row.numerator, locale)} / ${formatCount(row.denominator, locale)}` },
    ]),
  }
}

const table = (t: DocTable): DocBlock => ({ kind: 'table', table: t })

function sectionBlocks(id: SectionId, input: DocumentInput): DocBlock[] {
  const { report, t, locale } = input
  const c = (key: string) => t(`reports.columns.${key}` as never)
  switch (id) {
    case 'headline':
      return [table(comparisonTable('headline', t('reports.sections.headline'), headlineFigureIds, input))]
    case 'timely':
      return [
        table({
          id: 'timely',
          caption: t('reports.sections.timely'),
          columns: [c('timely'), c('current'), c('counts'), c('target'), c('met')],
          rows: report.sixTimely.items.map((item) => [
            { text: t(`sixTimely.items.${item.code}.name` as never) },
            { text: formatRate(item.rate, locale, item), figureId: timelyFigureId(item.code) },
            { text: `${formatCount(item.numerator, locale)} / ${formatCount(item.denominator, locale)}` },
            { text: formatRate(item.target, locale) },
            {
              text:
                item.rate === null
                  ? missingValue
                  : t(item.rate >= item.target ? 'reports.met' : 'reports.notMet'),
            },
          ]),
        }),
      ]
    case 'mix':
      return [
        table(rowTable('channels', t('reports.byChannel'), 'channel', report.channels, input)),
        table(rowTable('kinds', t('reports.byKind'), 'kind', report.kinds, input)),
      ]
    case 'categories':
      return [
        table(
          rowTable('categories', t('reports.sections.categories'), 'category', report.topCategories, input),
        ),
      ]
    case 'areas': {
      const ranked =
        report.bestUnits.length > 0
          ? [
              table(unitRateTable('best-units', t('reports.bestUnits'), report.bestUnits, input)),
              table(unitRateTable('worst-units', t('reports.worstUnits'), report.worstUnits, input)),
            ]
          : [{ kind: 'paragraph' as const, text: t('reports.noRanking') }]
      return [
        table(rowTable('districts', c('district'), 'district', report.districts, input)),
        table(rowTable('units', c('unit'), 'unit', report.units, input)),
        ...ranked,
      ]
    }
    case 'losses':
      return [table(comparisonTable('losses', t('reports.sections.losses'), lossFigureIds, input))]
    case 'cases':
      return [table(comparisonTable('cases', t('reports.sections.cases'), caseFigureIds, input))]
    case 'hotspots':
      if (report.hotspots.length === 0) return [{ kind: 'paragraph', text: t('reports.noHotspots') }]
      return [
        table({
          id: 'hotspots',
          caption: t('reports.sections.hotspots'),
          columns: [c('hotspot'), c('count'), c('baseline'), c('vsBaseline'), c('surge'), c('action')],
          rows: notableHotspots(report).map((hotspot): DocCell[] => [
            { text: hotspotWhere(hotspot, t) },
            { text: formatCount(hotspot.count, locale), figureId: hotspotFigureId(hotspot) },
            { text: formatCount(hotspot.baselineMean, locale) },
            { text: formatSignedChange(hotspot.change, 'percent', locale) },
            { text: t(hotspot.surge ? 'reports.yes' : 'reports.no') },
            { text: input.hotspotAction?.(hotspot) ?? missingValue },
          ]),
        }),
        { kind: 'paragraph', text: t('reports.actionsNote') },
      ]
    case 'narrative': {
      const paragraphs = (
        lang: string,
        heading: string,
        sentences: readonly NarrativeSentence[],
      ): DocBlock[] => [
        { kind: 'subheading', text: heading },
        ...sentences.map((sentence): DocBlock => ({
          kind: 'paragraph',
          lang,
          text: sentence.text,
          cites: sentence.cites.map((cite) => ({ id: cite, label: figureLabel(cite, input) })),
        })),
      ]
      if (input.narrative.zh.length === 0) return [{ kind: 'paragraph', text: t('reports.narrativeNone') }]
      return [
        ...paragraphs('zh-CN', t('reports.narrativeZh'), input.narrative.zh),
        ...paragraphs('en', t('reports.narrativeEn'), input.narrative.en),
      ]
    }
    case 'publication': {
      const p = (key: string) => t(`reports.publication.${key}` as never)
      const onTime = (value: boolean | null) =>
        p(value === null ? 'onTimePending' : value ? 'onTimeYes' : 'onTimeNo')
      const blocks: DocBlock[] = [
        table({
          id: 'publication',
          caption: t('reports.sections.publication'),
          columns: [c('figure'), c('current')],
          rows: [
            [{ text: p('status') }, { text: p(`statuses.${report.status}`) }],
            [{ text: p('deadline') }, { text: formatDeadline(report.publicationDeadlineAt, locale) }],
            [
              { text: p('publishedAt') },
              { text: report.publishedAt ? formatChinaDateTime(report.publishedAt, locale) : missingValue },
            ],
            [{ text: p('publishedBy') }, { text: report.publishedBy ?? missingValue }],
            [{ text: p('onTime') }, { text: onTime(report.onTime) }],
          ],
        }),
      ]
      if (input.recent) {
        blocks.push(
          table({
            id: 'recent-publications',
            caption: p('recent'),
            columns: [c('period'), c('deadline'), c('publishedAt'), c('result')],
            rows: input.recent.items.map((item) => [
              { text: reportPeriodText(report.type, item.period, t, locale) },
              { text: formatDeadline(item.publicationDeadlineAt, locale) },
              { text: item.publishedAt ? formatChinaDateTime(item.publishedAt, locale) : missingValue },
              { text: onTime(item.onTime) },
            ]),
          }),
        )
      }
      return blocks
    }
  }
}

/** The report as a document; a section whose data is missing or broken is kept as `blocks: null`. */
export function buildReportDocument(input: DocumentInput, generatedAt: number): ReportDocument {
  const { report, t, locale } = input
  const periodText = reportPeriodText(report.type, report.period, t, locale)
  return {
    title: t('reports.heading', { type: t(`reports.types.${report.type}`), period: periodText }),
    meta: [
      t('reports.range', {
        from: formatCalendarDay(report.from, locale),
        to: formatCalendarDay(report.to, locale),
      }),
      `${t('reports.asOf', { time: formatChinaDateTime(report.asOf, locale) })} · ${t(`reports.publication.statuses.${report.status}`)}`,
      t('reports.print.generatedAt', { time: formatChinaDateTime(generatedAt, locale) }),
    ],
    sections: sectionIds.map((id): DocSection => {
      const heading = t(`reports.sections.${id}`)
      try {
        return { id, heading, blocks: sectionBlocks(id, input) }
      } catch {
        return { id, heading, blocks: null }
      }
    }),
  }
}
