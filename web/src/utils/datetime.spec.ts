import { describe, expect, it } from 'vitest'
import { endOfDayIso, formatDate, formatDateTime, startOfDayIso, todayInShanghai } from './datetime'

describe('Beijing time formatting', () => {
  it('formats an instant in Asia/Shanghai whatever the machine zone', () => {
    expect(formatDateTime('2025-03-01T16:30:05Z')).toBe('2025-03-02 00:30:05')
    expect(formatDate('2025-03-01T16:30:05Z')).toBe('2025-03-02')
    expect(formatDateTime('2025-06-30T23:59:59+08:00')).toBe('2025-06-30 23:59:59')
  })

  it('returns an empty string for missing or invalid values', () => {
    expect(formatDateTime(null)).toBe('')
    expect(formatDateTime(undefined)).toBe('')
    expect(formatDateTime('not a date')).toBe('')
  })

  it('turns Beijing calendar days into UTC instants for the API', () => {
    expect(startOfDayIso('2025-03-02')).toBe('2025-03-01T16:00:00.000Z')
    expect(endOfDayIso('2025-03-02')).toBe('2025-03-02T16:00:00.000Z')
  })

  it('knows the Beijing date near midnight UTC', () => {
    expect(todayInShanghai(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01')
  })
})
