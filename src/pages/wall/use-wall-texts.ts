import { useLocale } from '@/shared/i18n/use-locale'
import { wallEn } from './wall.en'
import { wallZhCN, type WallTexts } from './wall.zh-cn'

/** The wall's texts in the UI language. */
export function useWallTexts(): WallTexts {
  return useLocale() === 'en' ? wallEn : wallZhCN
}

/** `text` with each `{{name}}` replaced by its value. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}
