import { useEffect, useRef } from 'react'

/**
 * What `npm run soak` drives besides the app's refresh hook (src/app/bench-hook.ts): a scene
 * change, as the rotation or the arrow key makes one, so hundreds of changes take seconds
 * instead of hours of 20 s scenes. Nothing a person at the keyboard could not do.
 */
export interface DubanWallHook {
  /** Steps to the next scene. */
  next(): void
  /** The scene on screen: its index in the link's list, the list's length and its id. */
  scene(): { index: number; count: number; id: string }
}

declare global {
  interface Window {
    __dubanWall?: DubanWallHook
  }
}

/** Installs the hook while the wall is mounted. */
export function useWallBenchHook(next: () => void, scene: { index: number; count: number; id: string }) {
  const current = useRef({ next, scene })
  useEffect(() => {
    current.current = { next, scene }
  })
  useEffect(() => {
    const hook: DubanWallHook = {
      next: () => current.current.next(),
      scene: () => ({ ...current.current.scene }),
    }
    window.__dubanWall = hook
    return () => {
      if (window.__dubanWall === hook) delete window.__dubanWall
    }
  }, [])
}
