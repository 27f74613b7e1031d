import { useTranslation } from 'react-i18next'
import { locales, type Locale } from '@/shared/i18n/locales'
import { usePreferences } from '@/shared/preferences/preferences-store'
import { SelectField } from '@/shared/ui/select-field/select-field'

/** Each language is named in itself, so a reader of either can find their own. */
const languageNames: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' }
const options = locales.map((code) => ({ value: code, label: languageNames[code], lang: code }))

export function LanguageSelect({ hideLabel = false }: { hideLabel?: boolean }) {
  const { t } = useTranslation()
  const language = usePreferences((state) => state.language)
  const setLanguage = usePreferences((state) => state.setLanguage)
  return (
    <SelectField
      label={t('preferences.language')}
      value={language}
      options={options}
      onChange={setLanguage}
      hideLabel={hideLabel}
    />
  )
}
