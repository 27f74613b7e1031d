import { observeElementRect, type Rect, type Virtualizer } from '@tanstack/react-virtual'

/**
 * The virtualizer's watch on its scrolling box, without the library's first reading as the box
 * mounts: that reading forces the page's layout inside the commit that drew the table, making
 * one long task of drawing and layout. A ResizeObserver's first report comes right after the
 * browser's own layout for the frame, at no extra cost; until then the virtualizer works from
 * its `initialRect`. Without ResizeObserver, the library's own watch.
 */
export function observeBoxAfterLayout<TItem extends Element>(
  instance: Virtualizer<HTMLDivElement, TItem>,
  onRect: (rect: Rect) => void,
): (() => void) | undefined {
  const box = instance.scrollElement
  const Observer = instance.targetWindow?.ResizeObserver
  if (box === null || Observer === undefined) return observeElementRect(instance, onRect)
  // The same measure as the library's: the box's inner size, in whole pixels.
  const observer = new Observer(() => onRect({ width: box.clientWidth, height: box.clientHeight }))
  observer.observe(box, { box: 'content-box' })
  return () => observer.unobserve(box)
}
