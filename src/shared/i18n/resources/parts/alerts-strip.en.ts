import type { Messages } from '../zh-cn'

export const alertsStripEn = {
  title: 'Latest alerts',
} as const satisfies Messages['alertsStrip']
