/**
 * The SVG path of a sparkline: the values spread evenly across `width`, scaled between the
 * smallest and largest value into `height` (a flat series sits in the middle). A missing value
 * (null: a rate with nothing to divide) breaks the line instead of dropping to zero.
 */
export function sparklinePath(values: readonly (number | null)[], width: number, height: number): string {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value))
  if (present.length === 0) return ''
  const min = Math.min(...present)
  const max = Math.max(...present)
  const span = max - min
  const step = values.length > 1 ? width / (values.length - 1) : 0
  const y = (value: number) => (span === 0 ? height / 2 : height - ((value - min) / span) * height)
  let path = ''
  let drawing = false
  values.forEach((value, index) => {
    if (value === null || !Number.isFinite(value)) {
      drawing = false
      return
    }
    const x = values.length > 1 ? index * step : width / 2
    path += `${drawing ? 'L' : 'M'}${round(x)} ${round(y(value))}`
    drawing = true
  })
  return path
}

const round = (value: number) => Math.round(value * 10) / 10
