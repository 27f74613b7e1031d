import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { isolateBidi } from '@/shared/lib/isolate-bidi'
import { whenOnline } from '@/shared/lib/when-online'
import { defaultLocale, locales, type Locale } from './locales'
import { zhCNCore, type Messages } from './resources/zh-cn'

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
// Chinese starts with its first-load part only (the rest comes with `loadPageTexts`): typed as the
// whole tree, as every key is there by the time a page that uses it renders (its route loads them).
const dictionaries: Partial<Record<Locale, Messages>> = { 'zh-CN': zhCNCore as Messages }

/** Instances made before the page texts arrived: they are given the texts when they do. */
const waitingForPageTexts = new Set<i18n>()
let pageTexts: Promise<void> | undefined
let pageTextsLoaded = false

/**
 * Loads the Chinese texts of the work-order and escalation pages (English has every text in its
 * one chunk) and adds them to every instance: routes that show those pages await it in their
 * loader, so no key renders untranslated. Once; a failed load (offline) is tried again next time.
 */
export function loadPageTexts(): Promise<void> {
  pageTexts ??= import('./resources/zh-cn-pages').then(
    ({ zhCNPages }) => {
      dictionaries['zh-CN'] = { ...dictionaries['zh-CN'], ...zhCNPages } as Messages
      for (const instance of waitingForPageTexts) {
        instance.addResourceBundle('zh-CN', 'translation', zhCNPages, true, false)
      }
      waitingForPageTexts.clear()
      pageTextsLoaded = true
    },
    (error: unknown) => {
      pageTexts = undefined
      throw error
    },
  )
  return pageTexts
}

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
    // React escapes markup itself, so i18next's HTML escaping would double-escape. What a value
    // from the data can still do inside our sentences is turn them around with right-to-left
    // letters or bidi controls: every interpolated value is isolated when it carries any.
    interpolation: { escapeValue: true, escape: isolateBidi },
    returnNull: false,
  })
  if (!pageTextsLoaded) waitingForPageTexts.add(instance)
  return instance
}

/**
 * Switches `instance` to `locale`, loading its dictionary first, once the browser is online (a
 * load that failed offline would keep failing: see shared/lib/when-online.ts). If it fails, the
 * page stays in the language it has rather than showing keys; the next switch tries again.
 */
export async function switchLanguage(instance: i18n, locale: Locale): Promise<void> {
  await whenOnline()
  await loadDictionary(locale)
  const dictionary = dictionaries[locale]
  if (dictionary !== undefined && !instance.hasResourceBundle(locale, 'translation')) {
    instance.addResourceBundle(locale, 'translation', dictionary)
  }
  await instance.changeLanguage(locale)
}
