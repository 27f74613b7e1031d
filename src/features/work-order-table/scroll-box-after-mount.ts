import { elementScroll, type Virtualizer } from '@tanstack/react-virtual'

/** Boxes the virtualizer has written a scroll position to (or was let off the first write). */
const written = new WeakSet<Element>()

/**
 * The virtualizer's scroll writer, without its first write to a box that just mounted when that
 * write is "to the top": a new box is at the top already, and the write forced the page's style
 * and layout inside the commit that drew the table, making one long task of drawing and layout
 * (over 100 ms under Lighthouse on the work-order list). The browser then lays the page out in
 * its own frame instead. Every later write, and a first one to anywhere but the top, goes through.
 */
export function scrollBoxAfterMount<TItem extends Element>(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: Virtualizer<HTMLDivElement, TItem>,
): void {
  const box = instance.scrollElement
  if (box !== null && !written.has(box)) {
    written.add(box)
    if (offset + (options.adjustments ?? 0) === 0) return
  }
  elementScroll(offset, options, instance)
}
