import type { Messages } from '../zh-cn'

export const sixTimelyEn = {
  title: 'Six timely',
} as const satisfies Messages['sixTimely']
