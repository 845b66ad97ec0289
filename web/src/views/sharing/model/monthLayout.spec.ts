import { describe, expect, it } from 'vitest'
import type { ResourceCalendar } from '@/api/sharing'
import { layoutMonth, monthRange, monthToOpen } from './monthLayout'

describe('month grid', () => {
  it('covers the month with whole Monday-to-Sunday weeks', () => {
    expect(monthRange('2026-03-20')).toEqual({ from: '2026-02-23', to: '2026-04-05', first: '2026-03-01' })
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    expect(monthRange('2027-02-10')).toEqual({ from: '2027-02-01', to: '2027-02-28', first: '2027-02-01' })
  })

  it('puts bookings on their Beijing start day and marks open and closed days', () => {
    const cal: ResourceCalendar = {
      resourceId: 1,
      from: '2026-02-23',
      to: '2026-04-05',
      days: [
        { date: '2026-03-20', open: [{ start: '08:00', end: '18:00' }], closedReason: null },
        { date: '2026-04-04', open: [], closedReason: 'HOLIDAY:清明节' },
      ],
      bookings: [
        {
          id: 2,
          startsAt: '2026-03-20T06:00:00Z',
          endsAt: '2026-03-20T08:00:00Z',
          status: 'REQUESTED',
          requesterName: null,
          purpose: null,
          mine: true,
        },
        {
          id: 1,
          startsAt: '2026-03-20T01:00:00Z',
          endsAt: '2026-03-20T02:00:00Z',
          status: 'CONFIRMED',
          requesterName: null,
          purpose: null,
          mine: false,
        },
        // 23:30 UTC on the 19th is 07:30 on the 20th in Beijing.
        {
          id: 3,
          startsAt: '2026-03-19T23:30:00Z',
          endsAt: '2026-03-20T00:30:00Z',
          status: 'CONFIRMED',
          requesterName: null,
          purpose: null,
          mine: false,
        },
      ],
    }
    const weeks = layoutMonth('2026-03-01', cal)
    expect(weeks).toHaveLength(6)
    expect(weeks.every((w) => w.length === 7)).toBe(true)
    const cells = weeks.flat()
    const fri = cells.find((c) => c.day === '2026-03-20')!
    expect(fri.open).toBe(true)
    expect(fri.bookings.map((b) => b.id)).toEqual([3, 1, 2])
    expect(cells.find((c) => c.day === '2026-04-04')).toMatchObject({
      inMonth: false,
      open: false,
      closedReason: 'HOLIDAY:清明节',
    })
    expect(cells[0]).toMatchObject({ day: '2026-02-23', inMonth: false })
  })

  it('opens the month of the focused day when the week straddles two months', () => {
    // Mon 30 Nov – Sun 6 Dec 2026, the user booked Saturday 5 Dec: December, not November.
    expect(monthToOpen('2026-11-30', ['2026-12-05', '2026-11-20'])).toBe('2026-12-05')
    expect(monthRange(monthToOpen('2026-11-30', ['2026-12-05'])).first).toBe('2026-12-01')
    // Focused on the Monday: November.
    expect(monthToOpen('2026-11-30', ['2026-11-30'])).toBe('2026-11-30')
  })

  it('falls back to today, then to the month holding most of the week', () => {
    // The picked day is in another week; today (Tue 1 Dec) is in this one.
    expect(monthToOpen('2026-11-30', ['2026-10-12', '2026-12-01'])).toBe('2026-12-01')
    // Neither: Thu 3 Dec, four of the seven days are December's.
    expect(monthToOpen('2026-11-30', [null, '2027-01-15'])).toBe('2026-12-03')
    // Mon 28 Sep – Sun 4 Oct 2026: Thursday 1 Oct, October.
    expect(monthToOpen('2026-09-28', [undefined])).toBe('2026-10-01')
    // Mon 26 Jan – Sun 1 Feb 2026: Thursday 29 Jan, January.
    expect(monthToOpen('2026-01-26', [])).toBe('2026-01-29')
  })
})
