// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { slowestStage, stageTimes } from './stage-times'
import type { StageState } from './work-order-detail'

const hour = 3_600_000
const at = (hours: number) => new Date(Date.parse('2026-11-02T08:00:00+08:00') + hours * hour).toISOString()

function stage(code: StageState['code'], completedHours: number | null): StageState {
  return {
    code,
    deadlineAt: null,
    completedAt: completedHours === null ? null : at(completedHours),
    onTime: null,
  }
}

describe('stageTimes', () => {
  it('times each stage from the previous completion, and the open one up to asOf', () => {
    const times = stageTimes({
      receivedAt: at(0),
      asOf: at(100),
      stages: [
        stage('received', 0),
        stage('dispatched', 2),
        stage('signed', 5),
        stage('accepted', null),
        stage('mediated', null),
      ],
    })
    expect(times.map((time) => [time.code, time.durationMs, time.running])).toEqual([
      ['received', null, false],
      ['dispatched', 2 * hour, false],
      ['signed', 3 * hour, false],
      ['accepted', 95 * hour, true],
      ['mediated', null, false],
    ])
    expect(slowestStage(times)).toEqual({ code: 'accepted', durationMs: 95 * hour, share: 0.95 })
  })

  it('times a stage done before an earlier one from the last completion before it', () => {
    // After closure the reply and the follow-up call run side by side; the call came first here.
    const times = stageTimes({
      receivedAt: at(0),
      asOf: at(200),
      stages: [stage('received', 0), stage('closed', 10), stage('replied', 40), stage('followUp', 20)],
    })
    expect(times.map((time) => time.durationMs)).toEqual([null, 10 * hour, 30 * hour, 10 * hour])
  })

  it('names no slowest stage when no time has passed', () => {
    const times = stageTimes({
      receivedAt: at(0),
      asOf: at(0),
      stages: [stage('received', 0), stage('answered', 0)],
    })
    expect(slowestStage(times)).toBeNull()
  })
})
