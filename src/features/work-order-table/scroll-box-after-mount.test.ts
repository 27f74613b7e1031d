import type { Virtualizer } from '@tanstack/react-virtual'
import { describe, expect, it, vi } from 'vitest'
import { scrollBoxAfterMount } from './scroll-box-after-mount'

/** A box whose scroll writes are recorded (jsdom has no `Element.scrollTo`). */
function recordingBox() {
  const box = document.createElement('div')
  const scrollTo = vi.fn()
  box.scrollTo = scrollTo
  return { box, scrollTo }
}

function virtualizerOn(box: HTMLDivElement) {
  return { scrollElement: box, options: { horizontal: false } } as unknown as Virtualizer<
    HTMLDivElement,
    HTMLTableRowElement
  >
}

describe('scrollBoxAfterMount', () => {
  it('lets a new box off the write to the top it already is at, and writes every later one', () => {
    const { box, scrollTo } = recordingBox()
    const instance = virtualizerOn(box)

    scrollBoxAfterMount(0, {}, instance)
    expect(scrollTo).not.toHaveBeenCalled()

    scrollBoxAfterMount(0, {}, instance)
    scrollBoxAfterMount(480, { behavior: 'smooth' }, instance)
    expect(scrollTo.mock.calls).toEqual([[{ top: 0 }], [{ top: 480, behavior: 'smooth' }]])
  })

  it('writes a first position other than the top (a restored scroll, an adjustment)', () => {
    const { box, scrollTo } = recordingBox()
    scrollBoxAfterMount(960, {}, virtualizerOn(box))
    expect(scrollTo).toHaveBeenCalledWith({ top: 960 })

    const { box: other, scrollTo: otherScrollTo } = recordingBox()
    scrollBoxAfterMount(0, { adjustments: 56 }, virtualizerOn(other))
    expect(otherScrollTo).toHaveBeenCalledWith({ top: 56 })
  })
})
