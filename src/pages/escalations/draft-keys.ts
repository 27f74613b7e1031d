/** Where the supervision rows keep an unsent closing note (src/shared/drafts), by supervision. */
export const closeNoteDraftKey = (escalationId: string): string => `close-supervision:${escalationId}`
