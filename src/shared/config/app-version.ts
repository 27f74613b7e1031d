/** Replaced at build (and in tests) by package.json's version: vite.config.ts `define`. */
declare const __APP_VERSION__: string

/** The app's version, as a wall display reports it in its heartbeat. */
export const appVersion: string = __APP_VERSION__
