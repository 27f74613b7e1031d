export { BulkRemind, type BulkRemindProps } from './ui/bulk-remind'
export { useBulkSelection, type BulkSelection } from './ui/use-bulk-selection'
export { useBulkRemindRun, type BulkRemindRun } from './ui/use-bulk-remind-run'
export { chosenAmong } from './model/selection'
