import { useTranslation } from 'react-i18next'
import {
  bandMarginChoices,
  refreshIntervalChoices,
  tableDensities,
  wallRotationChoices,
} from '@/shared/preferences/preferences-schema'
import { usePreferences } from '@/shared/preferences/preferences-store'
import { SelectField } from '@/shared/ui/select-field/select-field'
import { LanguageSelect } from './language-select'
import { ThemeSelect } from './theme-select'
import styles from './display-preferences-form.module.css'

/** Every client preference in one place (the Settings page). Changes apply at once. */
export function DisplayPreferencesForm() {
  const { t } = useTranslation()
  const preferences = usePreferences()

  const durationLabel = (seconds: number) =>
    seconds >= 60 && seconds % 60 === 0
      ? t('preferences.minutes', { count: seconds / 60 })
      : t('preferences.seconds', { count: seconds })

  const asOptions = (choices: readonly number[], current: number) =>
    // A stored value outside today's choices (set by an older version) stays selectable.
    [...new Set([...choices, current])]
      .sort((a, b) => a - b)
      .map((seconds) => ({ value: String(seconds), label: durationLabel(seconds) }))

  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()}>
      <LanguageSelect />
      <ThemeSelect />
      <SelectField
        label={t('preferences.refreshInterval')}
        value={String(preferences.refreshIntervalSeconds)}
        options={asOptions(refreshIntervalChoices, preferences.refreshIntervalSeconds)}
        onChange={(value) => preferences.setRefreshIntervalSeconds(Number(value))}
      />
      <SelectField
        label={t('preferences.wallRotation')}
        value={String(preferences.wallRotationSeconds)}
        options={asOptions(wallRotationChoices, preferences.wallRotationSeconds)}
        onChange={(value) => preferences.setWallRotationSeconds(Number(value))}
      />
      <SelectField
        label={t('preferences.density')}
        value={preferences.tableDensity}
        options={tableDensities.map((value) => ({
          value,
          label: t(value === 'compact' ? 'preferences.densityCompact' : 'preferences.densityComfortable'),
        }))}
        onChange={preferences.setTableDensity}
      />
      <SelectField
        label={t('preferences.bandMargin')}
        value={String(preferences.bandMarginPoints)}
        options={[...new Set([...bandMarginChoices, preferences.bandMarginPoints])]
          .sort((a, b) => a - b)
          .map((points) => ({ value: String(points), label: t('preferences.points', { count: points }) }))}
        onChange={(value) => preferences.setBandMarginPoints(Number(value))}
      />
      <p className={styles.note}>{t('preferences.storedLocally')}</p>
    </form>
  )
}
