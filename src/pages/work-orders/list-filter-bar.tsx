import { getRouteApi } from '@tanstack/react-router'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { categoryCodeSchema } from '@/shared/api/validators/category-code.gen'
import { channelCodeSchema } from '@/shared/api/validators/channel-code.gen'
import { districtCodeSchema } from '@/shared/api/validators/district-code.gen'
import { kindCodeSchema } from '@/shared/api/validators/kind-code.gen'
import { stageCodeSchema } from '@/shared/api/validators/stage-code.gen'
import { Button } from '@/shared/ui/button/button'
import { SelectField } from '@/shared/ui/select-field/select-field'
import styles from './list-filter-bar.module.css'

const route = getRouteApi('/_shell/work-orders')

/**
 * The list's filters as controls: district, channel, kind, category, handling unit, current stage
 * and a keyword (number, business name or text). Each change is a URL change, so Back undoes it and a copied
 * link opens the same list; the state tabs, the period and a figure's metric stay as they are.
 */
export function ListFilterBar({ unitNames }: { unitNames: ReadonlyMap<string, string> }) {
  const { t } = useTranslation()
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const [keyword, setKeyword] = useState(search.q ?? '')
  const set = (patch: Record<string, string | undefined>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: false })
  const select = <T extends string>(
    name: 'district' | 'channel' | 'kind' | 'category' | 'unit' | 'stage',
    codes: readonly T[],
    label: (code: T) => string,
  ) => (
    <SelectField
      label={t(`workOrders.filterBar.${name}`)}
      value={search[name] ?? ''}
      options={[
        { value: '', label: t('workOrders.filterBar.any') },
        ...codes.map((code) => ({ value: code, label: label(code) })),
      ]}
      onChange={(value) => set({ [name]: value === '' ? undefined : value })}
    />
  )
  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault()
    const q = keyword.trim()
    set({ q: q === '' ? undefined : q.slice(0, 100) })
  }
  const units = [...unitNames].sort(([, a], [, b]) => a.localeCompare(b, 'zh-CN'))
  return (
    <div className={styles.bar}>
      {select('district', districtCodeSchema.options, (code) => t(`codes.district.${code}`))}
      {select('channel', channelCodeSchema.options, (code) => t(`codes.channel.${code}`))}
      {select('kind', kindCodeSchema.options, (code) => t(`codes.kind.${code}`))}
      {select('category', categoryCodeSchema.options, (code) => t(`codes.category.${code}`))}
      {select(
        'unit',
        units.map(([code]) => code),
        (code) => unitNames.get(code) ?? code,
      )}
      {select('stage', stageCodeSchema.options, (code) => t(`codes.stage.${code}`))}
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
    </div>
  )
}
