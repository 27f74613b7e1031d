import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { switchLanguage } from '@/shared/i18n/i18n'
import { usePreferences } from '@/shared/preferences/preferences-store'
import { applyThemeToDocument, useResolvedTheme } from '@/shared/preferences/resolved-theme'

/** Keeps i18next, <html lang> and <html data-theme> in step with the stored preferences. */
export function PreferencesSync() {
  const language = usePreferences((state) => state.language)
  const theme = useResolvedTheme()
  const { i18n } = useTranslation()

  useEffect(() => {
    if (i18n.language !== language) {
      switchLanguage(i18n, language).catch((error: unknown) => {
        console.warn(`duban: the ${language} dictionary did not load (${String(error)})`)
      })
    }
    // Only a change, as for the theme (applyThemeToDocument).
    if (document.documentElement.lang !== language) document.documentElement.lang = language
  }, [i18n, language])

  useEffect(() => {
    applyThemeToDocument(theme)
  }, [theme])

  return null
}
