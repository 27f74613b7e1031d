/**
 * i18next with both languages' texts, as the app starts it (Chinese by default). The keys are
 * two of the app's, as its typed `t` accepts no others.
 */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'

export const texts = {
  'zh-CN': { translation: { nav: { overview: '总览' }, panel: { loading: '加载中……' } } },
  en: { translation: { nav: { overview: 'Overview' }, panel: { loading: 'Loading…' } } },
}

void i18next.use(initReactI18next).init({ lng: 'zh-CN', fallbackLng: 'zh-CN', resources: texts })
