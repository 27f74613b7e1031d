import type { components } from '@/shared/api/schema.gen'

type WorkOrderSummary = components['schemas']['WorkOrderSummary']

/**
 * A list row as `GET /work-orders` sends it: an open complaint of the 12345 hotline in 东港区,
 * signed for and on track. Tests override what they are about (a hostile name, a deadline…).
 */
export function workOrderSummary(overrides: Partial<WorkOrderSummary> = {}): WorkOrderSummary {
  return {
    id: 'RZ-20261201-0001',
    kind: 'complaint',
    channel: 'hotline12345',
    district: '371102',
    category: 'prepaidCards',
    unit: 'dg-bureau',
    receivedAt: '2026-12-01T09:30:00+08:00',
    stage: 'signed',
    dueAt: '2026-12-09T00:00:00+08:00',
    closed: false,
    closedAt: null,
    overdue: false,
    atRisk: false,
    supervised: false,
    overdueSince: null,
    consumerAssociation: false,
    recoveredFen: 0,
    reminderCount: 0,
    summary: '预付卡退款',
    businessName: '日照某健身中心',
    ...overrides,
  }
}
