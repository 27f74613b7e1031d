// @vitest-environment node
// Pure logic: no DOM needed, and the node environment starts much faster than jsdom.
import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import {
  bureauOfDistrict,
  CATEGORIES,
  CATEGORY_CODES,
  CHANNEL_CODES,
  CHANNELS,
  CITY_ORGANIZATION_CODES,
  CITY_ORGANIZATIONS,
  DISTRICT_CODES,
  DISTRICTS,
  isCategoryCode,
  isDistrictCode,
  isUnitCode,
  KIND_CODES,
  KINDS,
  REPORT_SUBJECT_CODES,
  REPORT_SUBJECTS,
  UNIT_CODES,
  UNITS,
  unitsOfDistrict,
  ZONE_CODES,
} from './domain-codes.ts'

const lists: [string, readonly string[], Readonly<Record<string, { zh: string; en: string }>>][] = [
  ['districts', DISTRICT_CODES, DISTRICTS],
  ['channels', CHANNEL_CODES, CHANNELS],
  ['kinds', KIND_CODES, KINDS],
  ['categories', CATEGORY_CODES, CATEGORIES],
  ['report subjects', REPORT_SUBJECT_CODES, REPORT_SUBJECTS],
  ['units', UNIT_CODES, UNITS],
  ['city organisations', CITY_ORGANIZATION_CODES, CITY_ORGANIZATIONS],
]

describe('domain codes', () => {
  it.each(lists)('%s: unique codes, each named in Chinese and English, nothing extra', (_, codes, names) => {
    expect(new Set(codes).size).toBe(codes.length)
    expect(Object.keys(names).sort()).toEqual([...codes].sort())
    for (const code of codes) {
      expect(code).toMatch(/^[a-z0-9][a-zA-Z0-9-]*$/)
      expect(names[code]?.zh).toMatch(/\p{Script=Han}/u)
      expect(names[code]?.en.length).toBeGreaterThan(1)
    }
  })

  it('has the brief’s sizes: 4 districts + 3 zones, 4 channels, 3 kinds, 14 categories, 4 report subjects', () => {
    expect(DISTRICT_CODES.slice(0, 4)).toEqual(['371102', '371103', '371121', '371122'])
    expect(ZONE_CODES).toHaveLength(3)
    expect(CHANNEL_CODES).toEqual(['hotline12345', 'platform12315', 'directorMailbox', 'callsLetters'])
    expect(KIND_CODES).toEqual(['complaint', 'report', 'consultation'])
    expect(CATEGORY_CODES).toHaveLength(14)
    expect(REPORT_SUBJECT_CODES).toHaveLength(4)
  })

  it('gives every area one bureau and every unit a known area; self-keyed records', () => {
    for (const district of DISTRICT_CODES) {
      expect(DISTRICTS[district].code).toBe(district)
      const units = unitsOfDistrict(district)
      expect(units.length).toBeGreaterThan(0)
      expect(units.filter((code) => UNITS[code].type === 'bureau')).toEqual([bureauOfDistrict(district)])
      expect(units[0]).toBe(bureauOfDistrict(district))
    }
    for (const code of UNIT_CODES) {
      expect(UNITS[code].code).toBe(code)
      expect(isDistrictCode(UNITS[code].district)).toBe(true)
    }
    // "A few branch offices" per county-level division.
    for (const district of DISTRICT_CODES.slice(0, 4))
      expect(unitsOfDistrict(district).length).toBeGreaterThan(3)
  })

  it('works as zod enums and guards', () => {
    const schema = z.object({ category: z.enum(CATEGORY_CODES), unit: z.enum(UNIT_CODES) })
    expect(schema.safeParse({ category: 'tourism', unit: 'sht-bureau' }).success).toBe(true)
    expect(schema.safeParse({ category: 'Tourism', unit: 'sht-bureau' }).success).toBe(false)
    expect(isCategoryCode('prepaidCards')).toBe(true)
    expect(isCategoryCode('toString')).toBe(false)
    expect(isUnitCode(42)).toBe(false)
  })
})
