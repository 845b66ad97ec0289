import { describe, expect, it } from 'vitest'
import { currentSchoolYear, schoolYearOptions } from './schoolYear'

describe('school year', () => {
  it('starts on 1 September, Beijing time', () => {
    expect(currentSchoolYear(new Date('2026-08-31T15:59:59Z'))).toBe(2025)
    // 2026-09-01 00:00 in Beijing is still 31 August in UTC.
    expect(currentSchoolYear(new Date('2026-08-31T16:00:00Z'))).toBe(2026)
    expect(currentSchoolYear(new Date('2027-03-15T04:00:00Z'))).toBe(2026)
  })

  it('offers next year and the past years, newest first', () => {
    expect(schoolYearOptions(2026, 3)).toEqual([2027, 2026, 2025, 2024, 2023])
  })
})
