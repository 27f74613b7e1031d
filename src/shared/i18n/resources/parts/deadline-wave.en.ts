import type { Messages } from '../zh-cn'

export const deadlineWaveEn = {
  title: 'Due in the next {{count}} working days',
  caption:
    'Open work orders falling due on each of the next {{count}} working days, by handling unit (overdue ones excluded)',
  unit: 'Handling unit',
  total: 'Total',
  allUnits: 'All units',
  otherUnits_one: '{{count}} other unit',
  otherUnits_other: '{{count}} other units',
  today: 'today',
  empty: 'Nothing open falls due in the next {{count}} working days.',
  truncated: 'Too many open work orders: only the first {{shown}} by deadline were counted.',
  filterUnit: 'Open work orders of {{unit}}, by deadline',
} satisfies Messages['deadlineWave']
