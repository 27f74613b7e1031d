import { useTranslation } from 'react-i18next'
import { themes, type ThemePreference } from '@/shared/preferences/preferences-schema'
import { usePreferences } from '@/shared/preferences/preferences-store'
import { SelectField } from '@/shared/ui/select-field/select-field'

const labelKeys = {
  system: 'preferences.themeSystem',
  light: 'preferences.themeLight',
  dark: 'preferences.themeDark',
} as const satisfies Record<ThemePreference, string>

export function ThemeSelect({ hideLabel = false }: { hideLabel?: boolean }) {
  const { t } = useTranslation()
  const theme = usePreferences((state) => state.theme)
  const setTheme = usePreferences((state) => state.setTheme)
  return (
    <SelectField
      label={t('preferences.theme')}
      value={theme}
      options={themes.map((value) => ({ value, label: t(labelKeys[value]) }))}
      onChange={setTheme}
      hideLabel={hideLabel}
    />
  )
}
