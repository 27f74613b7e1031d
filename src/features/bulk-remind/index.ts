export { BulkRemind, type BulkRemindProps } from './ui/bulk-remind'
export { useBulkSelection, type BulkSelection } from './ui/use-bulk-selection'
export { chosenAmong } from './model/selection'
