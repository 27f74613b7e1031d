/** Whose supervisions the page shows: the signed-in director's own, or all (the default). */
export const escalationScopes = ['mine', 'all'] as const
export type EscalationScope = (typeof escalationScopes)[number]
