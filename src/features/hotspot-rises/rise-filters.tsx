import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { channelCodeSchema, districtCodeSchema, kindCodeSchema } from '@/shared/api/validators.gen'
import { SelectField } from '@/shared/ui/select-field/select-field'
import type { RiseView, RiseViewChange } from './rise-view'
import styles from './hotspot-rises.module.css'

const weekChoices = ['4', '8', '12', '26'] as const

/** The view's filters: the last day, the number of weeks, district, channel, kind. */
export function RiseFilters({
  view,
  onView,
  latestDay,
}: {
  view: RiseView
  onView: RiseViewChange
  latestDay: string
}) {
  const { t } = useTranslation()
  const toId = useId()
  const all = { value: '', label: t('hotspotRises.filters.all') }
  return (
    <fieldset className={styles.filters}>
      <legend className="visually-hidden">{t('hotspotRises.filters.label')}</legend>
      <div className={styles.dateField}>
        <label htmlFor={toId}>{t('hotspotRises.filters.to')}</label>
        <input
          id={toId}
          type="date"
          max={latestDay}
          value={view.to ?? latestDay}
          onChange={(event) => {
            const value = event.target.value
            onView({ to: value === '' || value >= latestDay ? undefined : value })
          }}
        />
      </div>
      <SelectField
        label={t('hotspotRises.filters.weeks')}
        value={String(view.weeks ?? 12)}
        options={weekChoices.map((value) => ({ value, label: value }))}
        onChange={(value) => onView({ weeks: value === '12' ? undefined : Number(value) })}
      />
      <SelectField
        label={t('hotspotRises.filters.district')}
        value={view.district ?? ''}
        options={[
          all,
          ...districtCodeSchema.options.map((code) => ({ value: code, label: t(`codes.district.${code}`) })),
        ]}
        onChange={(value) => onView({ district: districtCodeSchema.safeParse(value).data, row: undefined })}
      />
      <SelectField
        label={t('hotspotRises.filters.channel')}
        value={view.channel ?? ''}
        options={[
          all,
          ...channelCodeSchema.options.map((code) => ({ value: code, label: t(`codes.channel.${code}`) })),
        ]}
        onChange={(value) => onView({ channel: channelCodeSchema.safeParse(value).data })}
      />
      <SelectField
        label={t('hotspotRises.filters.kind')}
        value={view.kind ?? ''}
        options={[
          all,
          ...kindCodeSchema.options.map((code) => ({ value: code, label: t(`codes.kind.${code}`) })),
        ]}
        onChange={(value) => onView({ kind: kindCodeSchema.safeParse(value).data })}
      />
    </fieldset>
  )
}
