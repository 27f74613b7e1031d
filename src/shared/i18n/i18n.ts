import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { defaultLocale, locales, type Locale } from './locales'
import { zhCN, type Messages } from './resources/zh-cn'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Messages }
  }
}

/**
 * The dictionaries at hand. Chinese, the default, ships with the app; another language is
 * fetched the first time it is needed (English is about 9 KiB compressed that a Chinese reader,
 * nearly every reader, would otherwise download before the first paint).
 */
const dictionaries: Partial<Record<Locale, Messages>> = { 'zh-CN': zhCN }

const loaders: Record<Exclude<Locale, 'zh-CN'>, () => Promise<Messages>> = {
  en: () => import('./resources/en').then((module) => module.en),
}

/** Makes `locale`'s dictionary available; resolves at once when it already is. */
export async function loadDictionary(locale: Locale): Promise<void> {
  if (locale === 'zh-CN' || dictionaries[locale] !== undefined) return
  dictionaries[locale] = await loaders[locale]()
}

/**
 * Creates an i18next instance with the dictionaries loaded so far (call `loadDictionary` first
 * for a language other than Chinese; without it the instance starts in Chinese). Tests create
 * their own instance, so that one test's language cannot leak into another.
 */
export function createI18n(locale: Locale = defaultLocale): i18n {
  const instance = i18next.createInstance()
  const resources = Object.fromEntries(
    Object.entries(dictionaries).map(([language, translation]) => [language, { translation }]),
  )
  void instance.use(initReactI18next).init({
    resources,
    lng: dictionaries[locale] ? locale : defaultLocale,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    initAsync: false,
    // React escapes text itself; i18next's escaping would double-escape.
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}

/**
 * Switches `instance` to `locale`, loading its dictionary first. If that fails (offline), the
 * page stays in the language it has rather than showing keys; the next switch tries again.
 */
export async function switchLanguage(instance: i18n, locale: Locale): Promise<void> {
  await loadDictionary(locale)
  const dictionary = dictionaries[locale]
  if (dictionary !== undefined && !instance.hasResourceBundle(locale, 'translation')) {
    instance.addResourceBundle(locale, 'translation', dictionary)
  }
  await instance.changeLanguage(locale)
}
