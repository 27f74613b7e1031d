export { WorkOrderDrawer, type WorkOrderDrawerProps } from './ui/work-order-drawer'
