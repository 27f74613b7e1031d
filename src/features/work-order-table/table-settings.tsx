import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { tableDensities } from '@/shared/preferences/preferences-schema'
import { usePreferences } from '@/shared/preferences/preferences-store'
import { fixedColumns } from './work-order-columns'
import styles from './table-settings.module.css'

/** Every column, in table order (ids of work-order-columns.tsx): what needs action first. */
export const workOrderColumnIds = [
  'id',
  'timeLeft',
  'state',
  'unit',
  'stage',
  'dueAt',
  'receivedAt',
  'category',
  'district',
  'channel',
  'kind',
] as const

/**
 * Which columns show and how dense the rows are, kept in the preferences (this browser remembers
 * them). A disclosure, so it costs one line until opened.
 */
export function TableSettings() {
  const { t } = useTranslation()
  const hidden = usePreferences((state) => state.hiddenWorkOrderColumns)
  const setHidden = usePreferences((state) => state.setHiddenWorkOrderColumns)
  const density = usePreferences((state) => state.tableDensity)
  const setDensity = usePreferences((state) => state.setTableDensity)
  const densityName = useId()
  const toggle = (id: string, shown: boolean) =>
    setHidden(shown ? hidden.filter((column) => column !== id) : [...hidden, id])
  return (
    <details className={styles.settings}>
      <summary>{t('workOrderTable.settings.title')}</summary>
      <div className={styles.body}>
        <fieldset className={styles.group}>
          <legend>{t('workOrderTable.settings.columns')}</legend>
          {workOrderColumnIds
            .filter((id) => !fixedColumns.has(id))
            .map((id) => (
              <label key={id} className={styles.choice}>
                <input
                  type="checkbox"
                  checked={!hidden.includes(id)}
                  onChange={(event) => toggle(id, event.target.checked)}
                />
                {t(`workOrderTable.columns.${id}`)}
              </label>
            ))}
        </fieldset>
        <fieldset className={styles.group}>
          <legend>{t('workOrderTable.settings.density')}</legend>
          {tableDensities.map((choice) => (
            <label key={choice} className={styles.choice}>
              <input
                type="radio"
                name={densityName}
                checked={density === choice}
                onChange={() => setDensity(choice)}
              />
              {t(`workOrderTable.settings.${choice}`)}
            </label>
          ))}
        </fieldset>
      </div>
    </details>
  )
}
