import { describe, expect, it } from 'vitest'
import type { ResourceCalendar } from '@/api/sharing'
import { eventTitle, occurrenceRows, parseClosedReason, toWeekInput, weeklyDates } from './calendarModel'
import { layoutWeek } from './weekLayout'

const labels = { mine: '我的预约', taken: '已占用' }

const cal: ResourceCalendar = {
  resourceId: 12,
  from: '2026-03-30',
  to: '2026-04-05',
  days: [
    {
      date: '2026-03-30',
      open: [
        { start: '08:00', end: '12:00' },
        { start: '13:30', end: '17:00' },
      ],
      closedReason: null,
    },
    { date: '2026-03-31', open: [{ start: '08:00', end: '17:00' }], closedReason: null },
    { date: '2026-04-01', open: [], closedReason: 'BLACKOUT:设备检修' },
    { date: '2026-04-04', open: [], closedReason: 'HOLIDAY:清明节' },
    { date: '2026-04-05', open: [], closedReason: 'CLOSED' },
  ],
  bookings: [
    {
      id: 7,
      startsAt: '2026-03-31T14:00:00+08:00',
      endsAt: '2026-03-31T16:00:00+08:00',
      status: 'CONFIRMED',
      requesterName: '长安街第一小学',
      purpose: '开学典礼',
      mine: false,
    },
    {
      id: 8,
      startsAt: '2026-03-31T15:00:00+08:00',
      endsAt: '2026-03-31T16:00:00+08:00',
      status: 'WAITLISTED',
      requesterName: null,
      purpose: null,
      mine: true,
    },
    {
      id: 9,
      startsAt: '2026-03-30T09:00:00+08:00',
      endsAt: '2026-03-30T10:00:00+08:00',
      status: 'REQUESTED',
      requesterName: null,
      purpose: null,
      mine: false,
    },
  ],
}

describe('resource calendar → week grid', () => {
  it('reads closed reasons', () => {
    expect(parseClosedReason('HOLIDAY:清明节')).toEqual({ kind: 'HOLIDAY', text: '清明节' })
    expect(parseClosedReason('BLACKOUT:设备检修')).toEqual({ kind: 'BLACKOUT', text: '设备检修' })
    expect(parseClosedReason('CLOSED')).toEqual({ kind: 'CLOSED', text: '' })
    expect(parseClosedReason(null)).toBeNull()
  })

  it('names bookings without revealing hidden requesters', () => {
    expect(eventTitle(cal.bookings[0]!, labels)).toBe('长安街第一小学 · 开学典礼')
    expect(eventTitle(cal.bookings[1]!, labels)).toBe('我的预约')
    expect(eventTitle(cal.bookings[2]!, labels)).toBe('已占用')
  })

  it('places opening hours, closures and bookings in the right columns', () => {
    const w = layoutWeek(toWeekInput(cal, '2026-04-01', labels))
    const [mon, tue, wed, , , sat, sun] = w.columns
    expect(mon!.open.map((o) => [o.from, o.to])).toEqual([
      [480, 720],
      [810, 1020],
    ])
    expect(tue!.events.map((e) => [e.event.id, e.lane, e.lanes])).toEqual([
      [7, 0, 2],
      [8, 1, 2],
    ])
    expect(wed!.closed).toBe(true)
    expect(wed!.closedReason).toBe('BLACKOUT:设备检修')
    expect(sat!.closedReason).toBe('HOLIDAY:清明节')
    // Plain "closed" weekdays are simply not open; no hatching.
    expect(sun!.closed).toBe(false)
    expect(sun!.open).toEqual([])
    expect(mon!.events[0]!.event.booking.status).toBe('REQUESTED')
  })
})

describe('weekly series', () => {
  it('lists the dates of a term, inclusive of the last day', () => {
    expect(weeklyDates('2026-03-02', '2026-03-30')).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ])
    expect(weeklyDates('2026-03-02', '2026-03-01')).toEqual([])
  })

  it('merges a dry run into the planned dates', () => {
    const rows = occurrenceRows(['2026-03-02', '2026-03-09', '2026-03-16'], {
      occurrences: [
        {
          date: '2026-03-02',
          startsAt: '',
          endsAt: '',
          outcome: 'FREE',
          bookingId: null,
          status: null,
          problemType: null,
          reason: null,
        },
        {
          date: '2026-03-09',
          startsAt: '',
          endsAt: '',
          outcome: 'FAILED',
          bookingId: null,
          status: null,
          problemType: 'urn:xuequ:problem:booking-conflict',
          reason: '该时段已被预约',
        },
      ],
    })
    expect(rows.map((r) => [r.date, r.state, r.reason])).toEqual([
      ['2026-03-02', 'FREE', null],
      ['2026-03-09', 'FAILED', '该时段已被预约'],
      ['2026-03-16', 'PENDING', null],
    ])
  })

  it('marks the occurrences a refused series names, the others as free', () => {
    const rows = occurrenceRows(['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'], {
      errors: [
        { field: 'occurrences[3]', row: 4, reason: '2026-03-23：该时段已被预约' },
        { field: 'occurrences[1]', reason: '2026-03-09：清明节不开放' },
      ],
    })
    expect(rows.map((r) => r.state)).toEqual(['FREE', 'FAILED', 'FREE', 'FAILED'])
    expect(rows[3]!.reason).toBe('2026-03-23：该时段已被预约')
  })
})
