import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { Locale } from '@/shared/i18n/locales'
import { migratePreferences, preferencesVersion, sanitizePreferences } from './preferences-migration'
import {
  defaultPreferences,
  type Preferences,
  type TableDensity,
  type ThemePreference,
} from './preferences-schema'

export const preferencesStorageKey = 'duban.preferences'

interface PreferencesActions {
  setLanguage: (language: Locale) => void
  setTheme: (theme: ThemePreference) => void
  setRefreshIntervalSeconds: (seconds: number) => void
  setWallRotationSeconds: (seconds: number) => void
  setTableDensity: (density: TableDensity) => void
  setBandMarginPoints: (points: number) => void
  setHiddenWorkOrderColumns: (columns: string[]) => void
  reset: () => void
}

export type PreferencesState = Preferences & PreferencesActions

/**
 * The one store of client preferences, persisted to localStorage. Server data lives in
 * TanStack Query and shareable view state in the URL; nothing else belongs here.
 */
export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      ...defaultPreferences,
      setLanguage: (language) => set({ language }),
      setTheme: (theme) => set({ theme }),
      setRefreshIntervalSeconds: (refreshIntervalSeconds) => set({ refreshIntervalSeconds }),
      setWallRotationSeconds: (wallRotationSeconds) => set({ wallRotationSeconds }),
      setTableDensity: (tableDensity) => set({ tableDensity }),
      setBandMarginPoints: (bandMarginPoints) => set({ bandMarginPoints }),
      setHiddenWorkOrderColumns: (hiddenWorkOrderColumns) => set({ hiddenWorkOrderColumns }),
      reset: () => set({ ...defaultPreferences }),
    }),
    {
      name: preferencesStorageKey,
      version: preferencesVersion,
      storage: createJSONStorage(() => localStorage),
      partialize: (state): Preferences => sanitizePreferences(state),
      migrate: (persisted, version) => migratePreferences(persisted, version) as PreferencesState,
      // Same-version data is validated too: localStorage is input like any other.
      merge: (persisted, current) => ({ ...current, ...sanitizePreferences(persisted) }),
    },
  ),
)
