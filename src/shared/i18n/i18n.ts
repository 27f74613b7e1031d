import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { defaultLocale, type Locale } from './locales'
import { en } from './resources/en'
import { zhCN, type Messages } from './resources/zh-cn'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Messages }
  }
}

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const

/**
 * Creates an i18next instance with every language bundled. Both dictionaries are small;
 * bundling them keeps a language switch instant and free of network failure modes.
 * Tests create their own instance so that one test's language cannot leak into another.
 */
export function createI18n(locale: Locale = defaultLocale): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: defaultLocale,
    supportedLngs: Object.keys(resources),
    initAsync: false,
    // React escapes text itself; i18next's escaping would double-escape.
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}
