import { useSyncExternalStore } from 'react'
import type { ThemePreference } from './preferences-schema'
import { usePreferences } from './preferences-store'

export type ResolvedTheme = 'light' | 'dark'

const darkQuery = '(prefers-color-scheme: dark)'

function systemPrefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(darkQuery).matches
    : false
}

function subscribeToSystemTheme(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {}
  const query = window.matchMedia(darkQuery)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

export function resolveTheme(preference: ThemePreference, prefersDark: boolean): ResolvedTheme {
  if (preference === 'system') return prefersDark ? 'dark' : 'light'
  return preference
}

/** The theme in effect: the preference, or the system's when the preference is "system". */
export function useResolvedTheme(): ResolvedTheme {
  const preference = usePreferences((state) => state.theme)
  const prefersDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark, () => false)
  return resolveTheme(preference, prefersDark)
}

/** Applies the theme to the document, where the design tokens pick it up. */
export function applyThemeToDocument(theme: ResolvedTheme, root: HTMLElement = document.documentElement) {
  // Only a change: writing the attribute, even unchanged, makes the browser check every
  // element's style again (the page mounts with the theme already set, see main.tsx).
  if (root.dataset.theme !== theme) root.dataset.theme = theme
}

/** For the first paint, before React renders: read the stored preference synchronously. */
export function currentResolvedTheme(): ResolvedTheme {
  return resolveTheme(usePreferences.getState().theme, systemPrefersDark())
}
