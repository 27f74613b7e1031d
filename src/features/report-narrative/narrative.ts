import {
  figureChange,
  hotspotFigureId,
  reportFigures,
  rowFigureId,
  timelyFigureId,
  type ChangeBasis,
  type Report,
  type ReportFigure,
} from '@/entities/report/model/report-figures'
import type { Locale } from '@/shared/i18n/locales'
import {
  changeDirection,
  formatCount,
  formatMoneyFen,
  formatRate,
  formatSignedChange,
} from '@/shared/lib/format'

/**
 * The report's narrative (分析摘要), generated from its figures in Chinese or English. Every
 * sentence is built from figures looked up by id in `reportFigures(report)` (the figures the page
 * shows, anchored under the same ids) and lists those ids in `cites`; a figure that is missing
 * (a rate with nothing due, no earlier value to compare with) drops its sentence or clause
 * rather than being guessed. Numbers are formatted exactly as the page formats them.
 */

export interface NarrativeLabels {
  category: (code: string) => string
  district: (code: string) => string
  unit: (code: string) => string
  timely: (code: string) => string
}

export interface NarrativeSentence {
  /** Stable within a report: what the sentence is about. */
  readonly key: string
  /** Ids of the figures it states (see report-figures.ts). */
  readonly cites: readonly string[]
  readonly text: string
}

type Direction = 'up' | 'down' | 'flat'

const words = {
  'zh-CN': {
    basis: { previous: '环比', yearAgo: '同比' } as Record<ChangeBasis, string>,
    direction: { up: '上升', down: '下降', flat: '持平' } as Record<Direction, string>,
    rates: {
      'initial-check-rate': '按时初查率',
      'report-check-rate': '举报按时核查率',
      'closure-rate': '按时办结率',
      'satisfaction-rate': '回访满意率',
    } as Record<string, string>,
  },
  en: {
    basis: { previous: 'on the previous period', yearAgo: 'on a year earlier' } as Record<
      ChangeBasis,
      string
    >,
    direction: { up: 'up', down: 'down', flat: 'flat' } as Record<Direction, string>,
    rates: {
      'initial-check-rate': 'The on-time initial-check rate',
      'report-check-rate': 'The on-time report verification rate',
      'closure-rate': 'The on-time closure rate',
      'satisfaction-rate': 'Follow-up satisfaction',
    } as Record<string, string>,
  },
} as const

/** "环比上升5.0%，同比持平" / "up 5.0% on the previous period and flat on a year earlier"; '' when neither exists. */
function comparisonClause(figure: ReportFigure, locale: Locale): string {
  const parts: string[] = []
  for (const basis of ['previous', 'yearAgo'] as const) {
    const change = figureChange(figure, basis)
    if (!change) continue
    const direction = changeDirection(change.delta, change.kind)
    const magnitude = formatSignedChange(Math.abs(change.delta), change.kind, locale).replace(/^\+/, '')
    if (locale === 'zh-CN') {
      const { basis: b, direction: d } = words['zh-CN']
      parts.push(direction === 'flat' ? `${b[basis]}${d.flat}` : `${b[basis]}${d[direction]}${magnitude}`)
    } else {
      const { basis: b, direction: d } = words.en
      parts.push(direction === 'flat' ? `${d.flat} ${b[basis]}` : `${d[direction]} ${magnitude} ${b[basis]}`)
    }
  }
  return locale === 'zh-CN' ? parts.join('，') : parts.join(' and ')
}

function valueText(figure: ReportFigure, locale: Locale): string {
  if (figure.kind === 'rate')
    return formatRate(figure.value, locale, { numerator: figure.numerator, denominator: figure.denominator })
  if (figure.kind === 'money') return formatMoneyFen(figure.value, locale)
  return formatCount(figure.value, locale)
}

/** Sentence end: "。" or ".", with the comparison clause joined on. */
function withClause(head: string, clause: string, locale: Locale): string {
  if (locale === 'zh-CN') return clause ? `${head}，${clause}。` : `${head}。`
  return clause ? `${head}, ${clause}.` : `${head}.`
}

const itemsEn = (count: number | null, locale: Locale) =>
  `${formatCount(count, locale)} ${count === 1 ? 'item' : 'items'}`

export function buildNarrative(report: Report, locale: Locale, labels: NarrativeLabels): NarrativeSentence[] {
  const figures = new Map(reportFigures(report).map((figure) => [figure.id, figure]))
  const present = (id: string) => {
    const figure = figures.get(id)
    return figure && figure.value !== null ? figure : undefined
  }
  const zh = locale === 'zh-CN'
  const sentences: NarrativeSentence[] = []
  const say = (key: string, cites: ReportFigure[], text: string) =>
    sentences.push({ key, cites: cites.map((f) => f.id), text })

  // Items received, by kind.
  const total = present('received-total')
  const kinds = ['received-complaints', 'received-reports', 'received-consultations'].map(present)
  if (total) {
    const [complaints, reportsReceived, consultations] = kinds
    const split =
      complaints && reportsReceived && consultations ? [complaints, reportsReceived, consultations] : []
    const [a, b, c] = split.map((figure) => formatCount(figure.value, locale))
    const splitText =
      split.length === 0
        ? ''
        : zh
          ? `（投诉${a}件、举报${b}件、咨询${c}件）`
          : ` (${a} complaints, ${b} reports, ${c} consultations)`
    const head = zh
      ? `本期共受理${formatCount(total.value, locale)}件${splitText}`
      : `${itemsEn(total.value, locale)} were received${splitText}`
    say('received', [total, ...split], withClause(head, comparisonClause(total, locale), locale))
  }

  // The on-time rates.
  for (const id of ['initial-check-rate', 'report-check-rate', 'closure-rate', 'satisfaction-rate']) {
    const rate = present(id)
    if (!rate) continue
    const name = words[zh ? 'zh-CN' : 'en'].rates[id]
    const head = zh ? `${name}为${valueText(rate, locale)}` : `${name} was ${valueText(rate, locale)}`
    say(id, [rate], withClause(head, comparisonClause(rate, locale), locale))
  }

  const losses = present('recovered-losses')
  if (losses) {
    const head = zh
      ? `挽回经济损失${valueText(losses, locale)}`
      : `Losses recovered for consumers came to ${valueText(losses, locale)}`
    say('recovered-losses', [losses], withClause(head, comparisonClause(losses, locale), locale))
  }

  const cases = present('complaint-to-case')
  if (cases) {
    const head = zh
      ? `诉转案${formatCount(cases.value, locale)}件`
      : `${formatCount(cases.value, locale)} ${cases.value === 1 ? 'complaint' : 'complaints'} led to a penalty case`
    say('complaint-to-case', [cases], withClause(head, comparisonClause(cases, locale), locale))
  }

  // Six timely: those below target, or that all met it.
  const timely = report.sixTimely.items
    .map((item) => ({ item, figure: present(timelyFigureId(item.code)) }))
    .filter(
      (entry): entry is { item: (typeof entry)['item']; figure: ReportFigure } => entry.figure !== undefined,
    )
  const below = timely.filter(({ item }) => item.rate !== null && item.rate < item.target)
  if (below.length > 0) {
    const list = below.map(({ item, figure }) =>
      zh
        ? `${labels.timely(item.code)}${valueText(figure, locale)}（目标${formatRate(item.target, locale)}）`
        : `${labels.timely(item.code).toLowerCase()} at ${valueText(figure, locale)} (target ${formatRate(item.target, locale)})`,
    )
    const text = zh
      ? `六个及时中低于目标的有：${list.join('、')}。`
      : `Below target among the six timely rates: ${list.join('; ')}.`
    say(
      'timely-below',
      below.map(({ figure }) => figure),
      text,
    )
  } else if (timely.length > 0) {
    say(
      'timely-met',
      timely.map(({ figure }) => figure),
      zh ? '六个及时各项均达到目标。' : 'Every one of the six timely rates with items due met its target.',
    )
  }

  // Categories: the largest, and the fastest riser among the top five.
  const [first] = report.topCategories
  const firstFigure = first ? present(rowFigureId('category', first.key)) : undefined
  if (first && firstFigure) {
    const head = zh
      ? `受理量最多的类别是${labels.category(first.key)}（${formatCount(first.value, locale)}件）`
      : `The largest category was ${labels.category(first.key).toLowerCase()} (${itemsEn(first.value, locale)})`
    const clause = comparisonClause({ ...firstFigure, yearAgo: undefined }, locale)
    say('top-category', [firstFigure], withClause(head, clause, locale))
  }
  const riser = report.topCategories
    .slice(1)
    .filter((row) => (row.changeRatio ?? 0) > 0)
    .sort((a, b) => (b.changeRatio ?? 0) - (a.changeRatio ?? 0))[0]
  const riserFigure = riser ? present(rowFigureId('category', riser.key)) : undefined
  if (riser && riserFigure) {
    const change = figureChange(riserFigure, 'previous')
    if (change && changeDirection(change.delta, change.kind) === 'up') {
      const magnitude = formatSignedChange(change.delta, change.kind, locale)
      say(
        'rising-category',
        [riserFigure],
        zh
          ? `前五类别中环比增幅最大的是${labels.category(riser.key)}（${formatCount(riser.value, locale)}件，${magnitude}）。`
          : `Among the top five, ${labels.category(riser.key).toLowerCase()} rose most on the previous period (${itemsEn(riser.value, locale)}, ${magnitude}).`,
      )
    }
  }

  // Districts: the one with most items.
  const district = [...report.districts].sort((a, b) => a.rank - b.rank)[0]
  const districtFigure = district ? present(rowFigureId('district', district.key)) : undefined
  if (district && districtFigure) {
    say(
      'top-district',
      [districtFigure],
      zh
        ? `受理量最多的区县是${labels.district(district.key)}（${formatCount(district.value, locale)}件）。`
        : `${labels.district(district.key)} received the most items (${itemsEn(district.value, locale)}).`,
    )
  }

  // Units: best and worst at on-time closure.
  const best = report.bestUnits[0]
  const worst = report.worstUnits[0]
  const bestFigure = best ? present(rowFigureId('closure-unit', best.key)) : undefined
  const worstFigure =
    worst && worst.key !== best?.key ? present(rowFigureId('closure-unit', worst.key)) : undefined
  if (best && bestFigure) {
    const bestText = `${labels.unit(best.key)}（${valueText(bestFigure, locale)}）`
    if (zh) {
      const tail =
        worst && worstFigure ? `，最低的是${labels.unit(worst.key)}（${valueText(worstFigure, locale)}）` : ''
      say(
        'units',
        worstFigure ? [bestFigure, worstFigure] : [bestFigure],
        `按时办结率最高的承办单位是${bestText}${tail}。`,
      )
    } else {
      const tail =
        worst && worstFigure
          ? `; the lowest was ${labels.unit(worst.key)} (${valueText(worstFigure, locale)})`
          : ''
      say(
        'units',
        worstFigure ? [bestFigure, worstFigure] : [bestFigure],
        `The highest on-time closure rate among the units was ${labels.unit(best.key)} (${valueText(bestFigure, locale)})${tail}.`,
      )
    }
  }

  // Hotspots: the surges, the largest named.
  const surges = report.hotspots
    .filter((hotspot) => hotspot.surge)
    .map((hotspot) => ({ hotspot, figure: present(hotspotFigureId(hotspot)) }))
    .filter(
      (entry): entry is { hotspot: Report['hotspots'][number]; figure: ReportFigure } =>
        entry.figure !== undefined,
    )
    .sort((a, b) => b.hotspot.count - a.hotspot.count)
  const top = surges[0]
  if (top) {
    const where = zh
      ? `${labels.district(top.hotspot.district)}的${labels.category(top.hotspot.category)}`
      : `${labels.category(top.hotspot.category).toLowerCase()} in ${labels.district(top.hotspot.district)}`
    say(
      'hotspots',
      surges.map(({ figure }) => figure),
      zh
        ? `本期有${formatCount(surges.length, locale)}个突增热点，最大的是${where}（${formatCount(top.hotspot.count, locale)}件，基线均值${formatCount(top.hotspot.baselineMean, locale)}件）。`
        : `${formatCount(surges.length, locale)} ${surges.length === 1 ? 'hotspot' : 'hotspots'} surged; the largest was ${where} (${itemsEn(top.hotspot.count, locale)} against a baseline mean of ${formatCount(top.hotspot.baselineMean, locale)}).`,
    )
  }
  return sentences
}
