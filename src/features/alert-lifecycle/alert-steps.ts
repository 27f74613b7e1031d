import type { components } from '@/shared/api/schema.gen'

type AlertStatus = components['schemas']['AlertStatus']

/** The lifecycle's steps as people follow them; `cleared` is not a step but a note beside them. */
export const lifecycleSteps = ['open', 'acknowledged', 'planActivated', 'resolved'] as const
export type LifecycleStep = (typeof lifecycleSteps)[number]

/** `skipped`: passed over (a plan activated straight away, or a cleared alert resolved without one). */
export type StepState = 'done' | 'current' | 'todo' | 'skipped'

export interface StepView {
  step: LifecycleStep
  state: StepState
}

export interface StepFacts {
  status: AlertStatus
  acknowledgedAt: string | null
  plan: unknown
}

/**
 * Where an alert stands on open → acknowledged → plan activated → resolved. The current step is
 * the furthest one reached; a step before it that was not taken is `skipped`. A cleared alert
 * stands where a person last took it (its steps as they were) and says "cleared" beside them.
 */
export function stepsOf({ status, acknowledgedAt, plan }: StepFacts): StepView[] {
  const reached: Record<LifecycleStep, boolean> = {
    open: true,
    acknowledged: acknowledgedAt !== null,
    planActivated: plan !== null,
    resolved: status === 'resolved',
  }
  let current = 0
  lifecycleSteps.forEach((step, i) => {
    if (reached[step]) current = i
  })
  return lifecycleSteps.map((step, i) => ({
    step,
    state: i === current ? 'current' : i > current ? 'todo' : reached[step] ? 'done' : 'skipped',
  }))
}

export interface AvailableActions {
  acknowledge: boolean
  activatePlan: boolean
  resolve: boolean
}

/**
 * The director's next steps, as the API allows them (public/openapi.yaml): acknowledge an open
 * alert; activate a plan on an open or acknowledged one; resolve anything taken on or cleared.
 */
export function actionsFor(status: AlertStatus): AvailableActions {
  return {
    acknowledge: status === 'open',
    activatePlan: status === 'open' || status === 'acknowledged',
    resolve: status === 'acknowledged' || status === 'planActivated' || status === 'cleared',
  }
}

/**
 * A `datetime-local` value read as China time (the field says so), as the API's timestamp:
 * "2026-11-29T09:00" → "2026-11-29T09:00:00+08:00". Null for anything else.
 */
export function chinaTimestampOf(localValue: string): string | null {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(localValue) ? `${localValue}:00+08:00` : null
}
