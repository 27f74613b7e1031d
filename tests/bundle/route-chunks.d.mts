// Types for route-chunks.mjs, which stays plain JavaScript so the bench runs in Node as is.
import type { FileSize, FirstLoad } from './first-load.mjs'

export interface RouteChunkBudget {
  route: string
  file: string
  /** A nested route's parent route file: its chunks count too. */
  parent?: string
  budgetBytes: number
}

export interface LazyPieceBudget {
  name: string
  /** Manifest keys of the dynamic imports that make the piece. */
  entries: string[]
  budgetBytes: number
}

export interface Measured {
  keys: string[]
  js: FileSize[]
  css: FileSize[]
  jsGzip: number
  jsRaw: number
  cssGzip: number
  dynamicImports: string[]
}

export type MeasuredRoute = RouteChunkBudget & Measured & { onDemand: string[] }
export type MeasuredPiece = LazyPieceBudget & Measured

export interface RouteChunks {
  routes: MeasuredRoute[]
  pieces: MeasuredPiece[]
  unbudgetedDynamicImports: string[]
}

export declare const routeChunkBudgets: readonly RouteChunkBudget[]
export declare const lazyPieceBudgets: readonly LazyPieceBudget[]
export declare function routeKeysOf(manifest: FirstLoad['manifest'], file: string): string[]
export declare function computeRouteChunks(distDir: string, firstLoad: FirstLoad): RouteChunks
export declare function listRouteFiles(root: string, routesDir?: string): string[]
export declare function describeRouteChunks(chunks: Pick<RouteChunks, 'routes' | 'pieces'>): string
