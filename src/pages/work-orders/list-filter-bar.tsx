import { useQuery } from '@tanstack/react-query'
import { getRouteApi } from '@tanstack/react-router'
import { useMemo, useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { meQueryOptions } from '@/entities/session/me-query'
import { categoryCodeSchema } from '@/shared/api/validators/category-code.gen'
import { channelCodeSchema } from '@/shared/api/validators/channel-code.gen'
import { districtCodeSchema } from '@/shared/api/validators/district-code.gen'
import { kindCodeSchema } from '@/shared/api/validators/kind-code.gen'
import { stageCodeSchema } from '@/shared/api/validators/stage-code.gen'
import { RangeForm } from '@/features/period-range/range-form'
import { chinaDay } from '@/shared/lib/format'
import { useNow } from '@/shared/lib/use-now'
import { Button } from '@/shared/ui/button/button'
import { SelectField } from '@/shared/ui/select-field/select-field'
import styles from './list-filter-bar.module.css'

const route = getRouteApi('/_shell/work-orders')

type FilterName = 'district' | 'channel' | 'kind' | 'category' | 'unit' | 'stage'

/**
 * Each filter's choices, "any" first, named in the UI language: built once per language and
 * unit list, not on every change of the URL (a hundred translated names). A user who may read
 * one unit's items only (`/me` without `readAllUnits`) is offered that unit alone: the API
 * would refuse any other, and "any" is theirs anyway.
 */
function useFilterOptions(unitNames: ReadonlyMap<string, string>, ownUnit: string | undefined) {
  const { t } = useTranslation()
  return useMemo(() => {
    const withAny = (choices: { value: string; label: string }[]) => [
      { value: '', label: t('workOrders.filterBar.any') },
      ...choices,
    ]
    const units = [...unitNames].sort(([, a], [, b]) => a.localeCompare(b, 'zh-CN'))
    return {
      district: withAny(
        districtCodeSchema.options.map((code) => ({ value: code, label: t(`codes.district.${code}`) })),
      ),
      channel: withAny(
        channelCodeSchema.options.map((code) => ({ value: code, label: t(`codes.channel.${code}`) })),
      ),
      kind: withAny(kindCodeSchema.options.map((code) => ({ value: code, label: t(`codes.kind.${code}`) }))),
      category: withAny(
        categoryCodeSchema.options.map((code) => ({ value: code, label: t(`codes.category.${code}`) })),
      ),
      unit:
        ownUnit === undefined
          ? withAny(units.map(([code, name]) => ({ value: code, label: name })))
          : [{ value: '', label: unitNames.get(ownUnit) ?? ownUnit }],
      stage: withAny(
        stageCodeSchema.options.map((code) => ({ value: code, label: t(`codes.stage.${code}`) })),
      ),
    } satisfies Record<FilterName, { value: string; label: string }[]>
  }, [t, unitNames, ownUnit])
}

/** The one unit whose items the signed-in user may read, if they may not read every unit's. */
function useOwnUnit(): string | undefined {
  const me = useQuery(meQueryOptions()).data
  if (!me || me.permissions.includes('readAllUnits')) return undefined
  return me.unit ?? undefined
}

/**
 * The list's filters as controls: district, channel, kind, category, handling unit, current
 * stage, a keyword (number, business name or text) and the period. Each change is a URL change,
 * so Back undoes it and a copied link opens the same list; the state tabs and a figure's metric
 * stay as they are.
 */
export function ListFilterBar({ unitNames }: { unitNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const [keyword, setKeyword] = useState(search.q ?? '')
  const set = (patch: Record<string, string | undefined>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: false })
  const options = useFilterOptions(unitNames, useOwnUnit())
  const select = (name: FilterName) => (
    <SelectField
      label={t(`workOrders.filterBar.${name}`)}
      value={search[name] ?? ''}
      options={options[name]}
      onChange={(value) => set({ [name]: value === '' ? undefined : value })}
    />
  )
  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault()
    const q = keyword.trim()
    set({ q: q === '' ? undefined : q.slice(0, 100) })
  }
  return (
    <div className={styles.bar}>
      {select('district')}
      {select('channel')}
      {select('kind')}
      {select('category')}
      {/* Its width is fixed: the unit names arrive after the first paint, and a select that
          grew to the longest of them would push the fields after it to a new row (a layout
          shift of 0.14 on a desk screen). */}
      <div className={styles.unit}>{select('unit')}</div>
      {select('stage')}
      <form role="search" className={styles.keyword} onSubmit={onSubmit}>
        <label>
          <span className={styles.label}>{t('workOrders.filterBar.keyword')}</span>
          <input
            type="search"
            value={keyword}
            maxLength={100}
            placeholder={t('workOrders.filterBar.keywordHint')}
            onChange={(event) => setKeyword(event.target.value)}
          />
        </label>
        <Button type="submit">{t('workOrders.filterBar.search')}</Button>
      </form>
      <PeriodFilter />
    </div>
  )
}

/**
 * The list's period: the receipt days, or with a figure the days it counts items on. A figure
 * needs one (the API counts it over a period), so only a plain list offers "any period".
 */
function PeriodFilter() {
  const { t } = useTranslation()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const today = chinaDay(useNow(60_000))
  const label = t(search.metric ? 'workOrders.filterBar.periodOfFigure' : 'workOrders.filterBar.period')
  const set = (range: { from?: string | undefined; to?: string | undefined }) =>
    void navigate({ search: (prev) => ({ ...prev, ...range }) })
  return (
    <div className={styles.period}>
      <span className={styles.label} aria-hidden="true">
        {label}
      </span>
      <RangeForm
        key={`${search.from ?? ''}/${search.to ?? ''}`}
        label={label}
        from={search.from ?? ''}
        to={search.to ?? ''}
        today={today}
        onApply={set}
        onClear={
          search.metric || search.from === undefined
            ? undefined
            : () => set({ from: undefined, to: undefined })
        }
      />
    </div>
  )
}
