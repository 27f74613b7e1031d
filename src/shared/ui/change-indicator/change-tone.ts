export type ChangeDirection = 'up' | 'down' | 'flat'

/**
 * Which way is good for a figure: more on-time closures is good, more overdue items is bad,
 * and for volumes (items received) neither is.
 */
export type ChangeSense = 'higherIsBetter' | 'lowerIsBetter' | 'neutral'

export type ChangeTone = 'good' | 'bad' | 'neutral'

export function changeTone(direction: ChangeDirection, sense: ChangeSense): ChangeTone {
  if (direction === 'flat' || sense === 'neutral') return 'neutral'
  const improved = (direction === 'up') === (sense === 'higherIsBetter')
  return improved ? 'good' : 'bad'
}
