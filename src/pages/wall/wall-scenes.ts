import type { WallScene } from './wall-search'

/**
 * Every scene, in the default order. The route's parser has its own list (wall-search.ts): the
 * page must not import its code, or it would leave the route tree for a shared chunk of the
 * first load. A test checks that the two lists agree.
 */
export const allScenes: readonly WallScene[] = ['headline', 'trends', 'rankings', 'alerts', 'ticker']
