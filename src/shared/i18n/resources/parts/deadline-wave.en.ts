import type { Messages } from '../zh-cn'

export const deadlineWaveEn = {
  title: 'Due in the next {{count}} working days',
  caption:
    'Open work orders falling due on each of the next {{count}} working days, by handling unit (overdue ones excluded)',
  keyboardHint: 'Arrow keys move between the counts; Enter shows their items in the list.',
  unit: 'Handling unit',
  total: 'Total',
  allUnits: 'All units',
  otherUnits_one: '{{count}} other unit',
  otherUnits_other: '{{count}} other units',
  today: 'today',
  empty: 'Nothing open falls due in the next {{count}} working days.',
  truncated: 'Too many open work orders: only the first {{shown}} by deadline were counted.',
  filterUnit: 'Open work orders of {{unit}}, by deadline',
  filterCell_one: '{{unit}}: {{count}} due {{day}}, show in the list',
  filterCell_other: '{{unit}}: {{count}} due {{day}}, show in the list',
  filterDay_one: 'All units: {{count}} due {{day}}, show in the list',
  filterDay_other: 'All units: {{count}} due {{day}}, show in the list',
  filterUnitTotal_one: '{{unit}}: {{count}} due in the next {{days}} working days, show in the list',
  filterUnitTotal_other: '{{unit}}: {{count}} due in the next {{days}} working days, show in the list',
  filterAll_one: 'All units: {{count}} due in the next {{days}} working days, show in the list',
  filterAll_other: 'All units: {{count}} due in the next {{days}} working days, show in the list',
} satisfies Messages['deadlineWave']
