export { WorkOrderDrawer, type WorkOrderDrawerProps } from './ui/work-order-drawer'
export { ActionError } from './ui/action-error'
