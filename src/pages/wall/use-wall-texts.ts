import { useLocale } from '@/shared/i18n/use-locale'
import { isolateBidi } from '@/shared/lib/isolate-bidi'
import { wallEn } from './wall.en'
import { wallZhCN, type WallTexts } from './wall.zh-cn'

/** The wall's texts in the UI language. */
export function useWallTexts(): WallTexts {
  return useLocale() === 'en' ? wallEn : wallZhCN
}

/**
 * `text` with each `{{name}}` replaced by its value, isolated as i18next isolates the app's
 * values (`isolateBidi`): a business name in right-to-left letters, or with an override it never
 * closes, cannot reorder or reverse the wall's sentence around it.
 */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? isolateBidi(String(values[name])) : whole,
  )
}
