import { describe, expect, it } from 'vitest'
import { changeTone } from './change-tone'

describe('changeTone', () => {
  it('calls a rise good when higher is better, and bad when lower is better', () => {
    expect(changeTone('up', 'higherIsBetter')).toBe('good')
    expect(changeTone('up', 'lowerIsBetter')).toBe('bad')
  })

  it('calls a fall good when lower is better, and bad when higher is better', () => {
    expect(changeTone('down', 'lowerIsBetter')).toBe('good')
    expect(changeTone('down', 'higherIsBetter')).toBe('bad')
  })

  it('is neutral for no change and for figures with no good direction', () => {
    expect(changeTone('flat', 'higherIsBetter')).toBe('neutral')
    expect(changeTone('up', 'neutral')).toBe('neutral')
    expect(changeTone('down', 'neutral')).toBe('neutral')
  })
})
