/**
 * The session's CSRF token, held in memory only: it comes from `GET /me` or the sign-in answer
 * and goes back in the `X-CSRF-Token` header of every unsafe request. Not persisted, so a new
 * tab reads it again from `/me`; never in a cookie, or a cross-site request would carry it too.
 */
let csrfToken: string | undefined

export const csrfHeaderName = 'X-CSRF-Token'

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token
}

export function getCsrfToken(): string | undefined {
  return csrfToken
}
