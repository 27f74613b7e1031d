import { constants } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { brotliQualityFor } from './compressed-body'

describe('brotliQualityFor', () => {
  it("compresses the app's files at brotli's best level", () => {
    expect(brotliQualityFor(0)).toBe(constants.BROTLI_MAX_QUALITY)
    expect(brotliQualityFor(611_204)).toBe(constants.BROTLI_MAX_QUALITY)
    expect(brotliQualityFor(1024 * 1024)).toBe(constants.BROTLI_MAX_QUALITY)
  })

  it('uses a faster level above 1 MiB, where the best one takes seconds', () => {
    expect(brotliQualityFor(1024 * 1024 + 1)).toBe(9)
    expect(brotliQualityFor(2_446_733)).toBe(9)
  })
})
