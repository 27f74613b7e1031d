/**
 * jsdom lays nothing out: every box is 0×0, so a virtualized list (TanStack Virtual) would find
 * no room and render no rows. Here a scroller marked `data-virtual-scroller` is a desk-sized box
 * (1280×800) and each of its rows (`data-index`, as the virtualizer measures them) 40 px high:
 * the list then renders what a browser would show first, and no more.
 */
export function giveVirtualListsALayout(): void {
  const isScroller = (element: HTMLElement) => element.hasAttribute('data-virtual-scroller')
  const isRow = (element: HTMLElement) =>
    element.hasAttribute('data-index') && element.closest('[data-virtual-scroller]') !== null
  const sizes: [
    property: 'clientWidth' | 'clientHeight' | 'offsetWidth' | 'offsetHeight',
    scroller: number,
    row: number,
  ][] = [
    ['clientWidth', 1280, 1280],
    ['clientHeight', 800, 40],
    ['offsetWidth', 1280, 1280],
    ['offsetHeight', 800, 40],
  ]
  for (const [property, scroller, row] of sizes) {
    const original =
      Object.getOwnPropertyDescriptor(HTMLElement.prototype, property) ??
      Object.getOwnPropertyDescriptor(Element.prototype, property)
    Object.defineProperty(HTMLElement.prototype, property, {
      configurable: true,
      get(this: HTMLElement) {
        if (isScroller(this)) return scroller
        if (isRow(this)) return row
        return (original?.get?.call(this) as number | undefined) ?? 0
      },
    })
  }
}
