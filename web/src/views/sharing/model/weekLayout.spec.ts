import { describe, expect, it } from 'vitest'
import { addDays, formatRange, parseHm, startOfWeek, toInstant, toLocal, weekdayOf } from './localTime'
import { layoutWeek, type CalendarEvent } from './weekLayout'

const ev = (id: number, start: string, end: string, status = 'CONFIRMED'): CalendarEvent => ({
  id,
  start,
  end,
  title: `#${id}`,
  status,
})

describe('Beijing wall clock', () => {
  it('converts instants to Beijing dates and minutes and back', () => {
    expect(toLocal('2025-03-06T16:30:00Z')).toEqual({ day: '2025-03-07', minute: 30 })
    expect(toInstant('2025-03-07', 14 * 60)).toBe('2025-03-07T06:00:00.000Z')
    expect(toLocal(toInstant('2025-12-31', 23 * 60 + 59))).toEqual({ day: '2025-12-31', minute: 1439 })
  })

  it('knows weekdays, week starts and month/year boundaries', () => {
    expect(weekdayOf('2025-03-07')).toBe(5) // Friday
    expect(weekdayOf('2025-03-09')).toBe(7) // Sunday
    expect(startOfWeek('2025-03-09')).toBe('2025-03-03')
    expect(startOfWeek('2026-01-01')).toBe('2025-12-29')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
  })

  it('parses HH:mm strictly', () => {
    expect(parseHm('08:30')).toBe(510)
    expect(parseHm('24:00')).toBe(1440)
    expect(parseHm('08:30:00')).toBe(510)
    expect(parseHm('25:00')).toBeNaN()
    expect(parseHm('8h')).toBeNaN()
  })

  it('formats ranges within a day and across days', () => {
    expect(formatRange('2025-03-07T05:00:00Z', '2025-03-07T08:30:00Z')).toBe('2025-03-07 13:00–16:30')
    expect(formatRange('2025-03-07T12:00:00Z', '2025-03-07T16:00:00Z')).toBe('2025-03-07 20:00–24:00')
    expect(formatRange('2025-03-07T12:00:00Z', '2025-03-08T02:00:00Z')).toBe('2025-03-07 20:00 – 2025-03-08 10:00')
  })
})

describe('week layout', () => {
  it('puts bookings in the column of their Beijing day, positioned within the visible hours', () => {
    // Friday 2025-03-07 14:00–16:00 Beijing
    const w = layoutWeek({ day: '2025-03-05', events: [ev(1, '2025-03-07T06:00:00Z', '2025-03-07T08:00:00Z')] })
    expect(w.columns.map((c) => c.day)).toEqual([
      '2025-03-03',
      '2025-03-04',
      '2025-03-05',
      '2025-03-06',
      '2025-03-07',
      '2025-03-08',
      '2025-03-09',
    ])
    expect(w.from).toBe(480)
    expect(w.to).toBe(1080)
    const friday = w.columns[4]!
    expect(friday.events).toHaveLength(1)
    expect(friday.events[0]!.top).toBeCloseTo(60) // (14-8)/10
    expect(friday.events[0]!.height).toBeCloseTo(20)
    expect(w.columns.filter((c) => c.events.length > 0)).toHaveLength(1)
  })

  it('widens the visible hours to opening hours and bookings, in whole hours', () => {
    const w = layoutWeek({
      day: '2025-03-05',
      events: [ev(1, toInstant('2025-03-04', 19 * 60 + 30), toInstant('2025-03-04', 20 * 60 + 45))],
      open: [{ weekday: 6, from: 7 * 60 + 30, to: 12 * 60 }],
    })
    expect(w.from).toBe(7 * 60)
    expect(w.to).toBe(21 * 60)
    expect(w.hours[0]).toBe(420)
    expect(w.hours.at(-1)).toBe(1260)
    expect(w.columns[5]!.open).toHaveLength(1)
    expect(w.columns[0]!.open).toHaveLength(0)
  })

  it('drops opening hours on closed days and keeps the reason', () => {
    const w = layoutWeek({
      day: '2025-10-01',
      events: [],
      open: [{ weekday: 3, from: 480, to: 1020 }],
      closed: new Map([['2025-10-01', '国庆节']]),
    })
    const wed = w.columns.find((c) => c.day === '2025-10-01')!
    expect(wed.closed).toBe(true)
    expect(wed.closedReason).toBe('国庆节')
    expect(wed.open).toEqual([])
  })

  it('puts overlapping bookings side by side and lets later ones reuse free lanes', () => {
    const d = '2025-03-04'
    const w = layoutWeek({
      day: d,
      events: [
        ev(1, toInstant(d, 9 * 60), toInstant(d, 11 * 60)),
        ev(2, toInstant(d, 10 * 60), toInstant(d, 12 * 60), 'PENDING'),
        ev(3, toInstant(d, 11 * 60), toInstant(d, 13 * 60), 'WAITLISTED'),
        ev(4, toInstant(d, 15 * 60), toInstant(d, 16 * 60)),
      ],
    })
    const byId = new Map(w.columns[1]!.events.map((p) => [p.event.id, p]))
    expect(byId.get(1)!.lane).toBe(0)
    expect(byId.get(2)!.lane).toBe(1)
    expect(byId.get(3)!.lane).toBe(0) // lane 0 is free again at 11:00
    expect([1, 2, 3].map((id) => byId.get(id)!.lanes)).toEqual([2, 2, 2])
    expect(byId.get(4)!.lanes).toBe(1)
  })

  it('splits an overnight booking over two columns', () => {
    const w = layoutWeek({
      day: '2025-03-04',
      events: [ev(1, toInstant('2025-03-04', 20 * 60), toInstant('2025-03-05', 9 * 60))],
    })
    const tue = w.columns[1]!.events[0]!
    const wed = w.columns[2]!.events[0]!
    expect([tue.from, tue.to, tue.continuesAfter]).toEqual([1200, 1440, true])
    expect([wed.from, wed.to, wed.continuesBefore]).toEqual([0, 540, true])
    expect(w.from).toBe(0)
    expect(w.to).toBe(1440)
  })

  it('ends a booking that stops at midnight on its own day and ignores other weeks', () => {
    const w = layoutWeek({
      day: '2025-03-04',
      events: [
        ev(1, toInstant('2025-03-09', 22 * 60), toInstant('2025-03-10', 0)),
        ev(2, toInstant('2025-03-11', 9 * 60), toInstant('2025-03-11', 10 * 60)),
      ],
    })
    const all = w.columns.flatMap((c) => c.events)
    expect(all).toHaveLength(1)
    expect(w.columns[6]!.events[0]!.to).toBe(1440)
    expect(w.columns[6]!.events[0]!.continuesAfter).toBe(false)
  })

  it('gives very short bookings a visible minimum height', () => {
    const d = '2025-03-04'
    const w = layoutWeek({ day: d, events: [ev(1, toInstant(d, 600), toInstant(d, 605))] })
    expect(w.columns[1]!.events[0]!.height).toBeCloseTo((15 / 600) * 100)
  })
})
