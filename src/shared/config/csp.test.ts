import { describe, expect, it } from 'vitest'
import {
  apiReferenceContentSecurityPolicy,
  contentSecurityPolicy,
  contentSecurityPolicyFor,
  securityPolicyHeadersFor,
  trustedTypesReportOnlyPolicy,
} from './csp'

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

  it('reports, without blocking, every string reaching an HTML or script sink; the only policy is default', () => {
    expect(trustedTypesReportOnlyPolicy).toBe("require-trusted-types-for 'script'; trusted-types default")
    for (const path of ['/', '/api-reference/', '/wall'])
      expect(securityPolicyHeadersFor(path)).toEqual({
        'Content-Security-Policy': contentSecurityPolicyFor(path),
        'Content-Security-Policy-Report-Only': trustedTypesReportOnlyPolicy,
      })
  })
})
