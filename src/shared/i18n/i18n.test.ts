import { describe, expect, it, vi } from 'vitest'
import { createI18n, switchLanguage } from './i18n'

describe('the texts of the app, with values from the data in them', () => {
  const { t } = createI18n('zh-CN')

  it('keeps a value as it is when it cannot turn the sentence around', () => {
    expect(t('alertLifecycle.history.acknowledged', { who: '王建国' })).toBe('王建国 确认')
    // Markup stays literal: React renders it as text (i18next's HTML escaping is off).
    expect(t('alertLifecycle.history.acknowledged', { who: '<b>王</b>' })).toBe('<b>王</b> 确认')
  })

  it('isolates a right-to-left name and an override it never closes', () => {
    expect(t('alertLifecycle.history.acknowledged', { who: 'سلمى' })).toBe('\u2068سلمى\u2069 确认')
    expect(t('alertLifecycle.history.acknowledged', { who: '\u202Etxt.exe' })).toBe(
      '\u2068\u202Etxt.exe\u2069 确认',
    )
  })
})

describe('switching the language', () => {
  it('waits for the network before loading a dictionary (a load failed offline would keep failing)', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    const instance = createI18n('zh-CN')
    let done = false
    const switching = switchLanguage(instance, 'en').then(() => {
      done = true
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(done).toBe(false)
    expect(instance.t('errors.back')).toBe('返回上一页')

    onLine.mockReturnValue(true)
    window.dispatchEvent(new Event('online'))
    await switching
    expect(instance.t('errors.back')).toBe('Go back')
  })
})
