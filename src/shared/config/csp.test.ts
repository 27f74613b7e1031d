import { describe, expect, it } from 'vitest'
import { apiReferenceContentSecurityPolicy, contentSecurityPolicy, contentSecurityPolicyFor } from './csp'

describe('content security policy', () => {
  it('allows no inline code and no eval in the app', () => {
    expect(contentSecurityPolicy).toContain("script-src 'self'")
    expect(contentSecurityPolicy).toContain("style-src 'self'")
    expect(contentSecurityPolicy).not.toContain('unsafe')
  })

  it('relaxes only styles and fonts for the API reference, never scripts', () => {
    expect(contentSecurityPolicyFor('/api-reference/')).toBe(apiReferenceContentSecurityPolicy)
    expect(apiReferenceContentSecurityPolicy).toContain("style-src 'self' 'unsafe-inline'")
    expect(apiReferenceContentSecurityPolicy).toContain("script-src 'self';")
    expect(apiReferenceContentSecurityPolicy).not.toContain('unsafe-eval')
    for (const path of ['/', '/work-orders', '/api-reference', '/assets/x.js'])
      expect(contentSecurityPolicyFor(path)).toBe(contentSecurityPolicy)
  })
})
