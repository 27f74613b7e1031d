import { useTranslation } from 'react-i18next'
import { defaultLocale, isLocale, type Locale } from '@/shared/i18n/locales'

/** The UI language as a formatting locale. */
export function useLocale(): Locale {
  const { i18n } = useTranslation()
  return isLocale(i18n.language) ? i18n.language : defaultLocale
}
