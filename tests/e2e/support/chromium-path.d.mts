// Types for chromium-path.mjs, which stays plain JavaScript so Node runs it without a build.
export declare const chromiumCandidates: readonly string[]
export declare const installHint: string
export declare function resolveChromium(
  env?: NodeJS.ProcessEnv,
): { path: string; source: string } | { path: undefined; problem: string }
export declare const chromiumArgs: readonly string[]
