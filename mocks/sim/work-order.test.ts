import { describe, expect, it } from 'vitest'
import { maskName, maskPhone, onTimeAt } from './work-order'

describe('masking', () => {
  it('keeps the first 3 and last 4 digits of a mobile', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
  })

  it('keeps the surname with a fixed mask, whatever the given name’s length', () => {
    expect(maskName('王伟')).toBe('王**')
    expect(maskName('欧阳娜娜')).toBe('欧**')
    expect(maskName('')).toBe('**')
  })
})

describe('onTimeAt', () => {
  const deadlineAt = 1_000_000
  it('is null while open and not yet due, false once past the deadline', () => {
    expect(onTimeAt({ deadlineAt, completedAt: null }, deadlineAt - 1)).toBeNull()
    expect(onTimeAt({ deadlineAt, completedAt: null }, deadlineAt)).toBe(false)
  })

  it('treats the deadline as an exclusive end (24:00 of the last day)', () => {
    expect(onTimeAt({ deadlineAt, completedAt: deadlineAt - 1 }, deadlineAt + 5)).toBe(true)
    expect(onTimeAt({ deadlineAt, completedAt: deadlineAt }, deadlineAt + 5)).toBe(false)
  })

  it('ignores a completion after the clock', () => {
    expect(onTimeAt({ deadlineAt, completedAt: 500 }, 400)).toBeNull()
    expect(onTimeAt({ deadlineAt: null, completedAt: 500 }, 600)).toBeNull()
  })
})
