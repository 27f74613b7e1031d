import { useSyncExternalStore } from 'react'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange)
  return () => window.removeEventListener('resize', onChange)
}

const unit = () => Math.min(window.innerWidth, window.innerHeight) / 100

/**
 * The wall's size unit in px: 1vmin, the unit of its stylesheet (`--u`), for what CSS cannot
 * size, such as the text ECharts draws. Changes only when the window is resized.
 */
export function useScreenUnit(): number {
  return useSyncExternalStore(subscribe, unit, () => 10)
}
