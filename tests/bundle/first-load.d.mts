// Types for first-load.mjs, which stays plain JavaScript so the bench runs in Node as is.
export interface FileSize {
  file: string
  raw: number
  gzip: number
}

export interface FirstLoad {
  js: (FileSize & { key?: string })[]
  css: FileSize[]
  jsRaw: number
  jsGzip: number
  cssRaw: number
  cssGzip: number
  /** Manifest keys found for each route file of `/`. */
  routeKeys: Record<string, string[]>
  lazy: (FileSize & { kind: 'js' | 'css'; key?: string; src?: string })[]
  manifest: Record<
    string,
    {
      file: string
      src?: string
      name?: string
      imports?: string[]
      dynamicImports?: string[]
      isDynamicEntry?: boolean
      css?: string[]
    }
  >
}

export interface ForbiddenRule {
  name: string
  moduleId: RegExp
  markers: string[]
  markerSource: string
}

export declare const firstLoadJsBudgetBytes: number
export declare const firstLoadFileBudget: number
export declare const firstLoadRouteFiles: readonly string[]
export declare const forbiddenInFirstLoad: readonly ForbiddenRule[]
export declare function parseIndexHtml(html: string): {
  scripts: string[]
  stylesheets: string[]
}
export declare function computeFirstLoad(distDir: string): FirstLoad
export declare function findForbiddenCode(
  distDir: string,
  firstLoad: FirstLoad,
): { name: string; file: string; evidence: string }[]
export declare function kib(bytes: number): number
export declare const firstRequestsEntry: string
export declare const firstRequestsJsBudgetBytes: number
export declare function computeFirstRequestsLoad(distDir: string): { js: FileSize[]; jsGzip: number }
