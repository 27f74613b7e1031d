import type { Messages } from '../zh-cn'

export const periodRangeEn = {
  from: 'From',
  to: 'To',
  apply: 'Apply',
  clear: 'Any period',
  problem: {
    missing: 'Enter both a start and an end date.',
    invalid: 'Dates are written year-month-day.',
    reversed: 'The start cannot be after the end.',
    future: 'The end cannot be after today.',
    tooLong: 'A range spans three years at most.',
  },
} satisfies Messages['periodRange']
