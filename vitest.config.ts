import react from '@vitejs/plugin-react'
import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// The tests prove that China time does not depend on the machine's zone, so they must run in
// another one. `npm run test:unit` sets it; this default covers a bare `npx vitest run`.
// (Workers inherit the environment of this process.)
process.env.TZ ??= 'America/New_York'

// Same aliases and settings as the app, but not the same plugins: the TanStack Router plugin
// would regenerate src/app/route-tree.gen.ts during test runs (racing `tsr generate` and other
// tools) and split every route into lazy chunks, which tests gain nothing from. The checked-in
// route tree imports the route files directly instead.
const appConfig = { ...viteConfig, plugins: [] }

export default mergeConfig(
  appConfig,
  defineConfig({
    plugins: [react()],
    test: {
      environment: 'jsdom',
      include: [
        'src/**/*.test.{ts,tsx}',
        'mocks/**/*.test.ts',
        'tests/unit/**/*.test.{ts,tsx}',
        'tests/contract/**/*.test.ts',
      ],
      exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
      setupFiles: ['tests/unit/setup.ts'],
      // Each file gets fresh modules (stores, runtime config); tests in a file share them and
      // the setup file resets them after each test.
      restoreMocks: true,
      unstubGlobals: true,
      testTimeout: 10_000,
    },
  }),
)
