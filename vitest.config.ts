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
      // One module graph per worker, not one per file: importing the simulator, the app and
      // jsdom's helpers again for each of 130 files cost more than the tests themselves (the
      // unit run took 2.2x as long). Nothing may then leak between files: the setup file resets
      // every module singleton (API state, faults, stores, drafts, runtime config) after each
      // test, and no test uses vi.mock (a mocked module would stay mocked for later files).
      isolate: false,
      restoreMocks: true,
      unstubGlobals: true,
      testTimeout: 10_000,
    },
  }),
)
