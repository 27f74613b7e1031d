import { screen, within } from '@testing-library/react'

/**
 * What the fault matrix reads off the pages that sit in the app shell: panels (PanelFrame) mark
 * stale data with a badge and tell of a failed first load with an alert and a Retry button.
 */

/** A panel's stale badge ("数据已过期") is on screen. */
export const panelStale = (): boolean => screen.queryAllByText(/^数据已过期/).length > 0

/** An alert on the page offers a retry. */
export const alertWithRetry = (): boolean =>
  screen
    .queryAllByRole('alert')
    .some((alert) => within(alert).queryAllByRole('button', { name: /^(重试|重新加载)$/ }).length > 0)
