export { AlertLifecycleSection } from './alert-lifecycle-section'
