import { describe, expect, it } from 'vitest'
import {
  emptyBookingForm,
  prefillFromQuery,
  termEnd,
  toBookingRequest,
  toSeriesRequest,
  validateBooking,
  type BookingForm,
} from './bookingForm'
import { sampleResource } from './fixtures'

// Wednesday 2026-03-11 10:00 Beijing
const now = new Date('2026-03-11T02:00:00Z')
const resource = sampleResource()
const form = (over: Partial<BookingForm>): BookingForm => ({
  ...emptyBookingForm('2026-03-20', '13:00', '17:00'),
  attendees: 480,
  purpose: '成人仪式',
  ...over,
})
const keys = (f: BookingForm) =>
  Object.fromEntries(Object.entries(validateBooking(f, resource, now)).map(([k, v]) => [k, v!.key]))

describe('booking form', () => {
  it('accepts the 500-person ceremony next Friday afternoon', () => {
    expect(validateBooking(form({}), resource, now)).toEqual({})
  })

  it('mirrors the booking rules the server enforces', () => {
    expect(keys(form({ endTime: '12:00' }))).toEqual({ endTime: 'sharing.book.errors.endBeforeStart' })
    expect(keys(form({ attendees: 501 }))).toEqual({ attendees: 'sharing.book.errors.capacity' })
    expect(keys(form({ attendees: 0 }))).toEqual({ attendees: 'sharing.book.errors.attendees' })
    expect(keys(form({ purpose: '  ' }))).toEqual({ purpose: 'sharing.book.errors.purpose' })
    // Friday is open 08–12 and 13–18: a booking across the lunch break fits neither interval.
    expect(keys(form({ startTime: '11:00', endTime: '14:00' }))).toEqual({
      startTime: 'sharing.book.errors.outsideHours',
    })
    // Tuesday: closed.
    expect(keys(form({ date: '2026-03-17' }))).toEqual({ startTime: 'sharing.book.errors.outsideHours' })
    expect(keys(form({ date: '2026-03-16', startTime: '08:00', endTime: '13:00' }))).toEqual({
      endTime: 'sharing.book.errors.tooLong',
    })
  })

  it('checks notice, horizon and blackout dates', () => {
    // Thursday 10:00 for Friday 08:00: 22 hours' notice where 24 are asked.
    const thursday = new Date('2026-03-19T02:00:00Z')
    const late = validateBooking(form({ startTime: '08:00', endTime: '09:00' }), resource, thursday)
    expect(late).toEqual({ date: { key: 'sharing.book.errors.notice', params: { n: 24 } } })
    expect(keys(form({ date: '2026-06-26' }))).toEqual({ date: 'sharing.book.errors.tooFarAhead' })
    const issues = validateBooking(form({ date: '2026-04-03' }), resource, now)
    expect(issues.date).toEqual({ key: 'sharing.book.errors.blackout', params: { reason: '设备检修' } })
  })

  it('knows public holidays when the resource closes on them', () => {
    const holidays = new Map([['2026-04-03', '清明节']])
    const monday = form({ date: '2026-04-06', startTime: '09:00', endTime: '11:00' })
    expect(validateBooking(monday, resource, now, new Map([['2026-04-06', '清明节']]))).toEqual({
      date: { key: 'sharing.book.errors.holiday', params: { name: '清明节' } },
    })
    const open = sampleResource({ closedOnHolidays: false, blackouts: [] })
    expect(validateBooking(form({ date: '2026-04-03' }), open, now, holidays)).toEqual({})
    const silent = sampleResource({ blackouts: [{ from: '2026-04-03', to: '2026-04-03', reason: null }] })
    expect(validateBooking(form({ date: '2026-04-03' }), silent, now).date).toEqual({
      key: 'sharing.book.errors.blackoutNoReason',
    })
  })

  it('limits a weekly series to 26 weeks after its first date', () => {
    expect(keys(form({ mode: 'weekly', untilDate: '2026-03-19' }))).toEqual({ untilDate: 'sharing.book.errors.until' })
    expect(keys(form({ mode: 'weekly', untilDate: '2026-12-31' }))).toEqual({
      untilDate: 'sharing.book.errors.untilTooFar',
    })
    expect(keys(form({ mode: 'weekly', untilDate: '2026-07-10' }))).toEqual({})
  })

  it('builds the request bodies in Beijing time', () => {
    expect(toBookingRequest(form({ purpose: ' 成人仪式 ' }), 12)).toEqual({
      resourceId: 12,
      startsAt: '2026-03-20T13:00:00+08:00',
      endsAt: '2026-03-20T17:00:00+08:00',
      attendees: 480,
      purpose: '成人仪式',
    })
    expect(toBookingRequest(form({ waitlist: true }), 12).waitlist).toBe(true)
    expect(toSeriesRequest(form({ mode: 'weekly', untilDate: '2026-06-26', skipConflicts: true }), 12, true)).toEqual({
      resourceId: 12,
      firstDate: '2026-03-20',
      untilDate: '2026-06-26',
      startTime: '13:00',
      endTime: '17:00',
      attendees: 480,
      purpose: '成人仪式',
      skipConflicts: true,
      dryRun: true,
    })
  })

  it('defaults the series end to the end of the term and reads a prefill', () => {
    expect(termEnd('2026-03-20')).toBe('2026-07-10')
    expect(termEnd('2026-09-07')).toBe('2027-01-20')
    expect(termEnd('2027-01-05')).toBe('2027-01-20')
    const f = prefillFromQuery({ date: '2026-03-20', from: '13:00', to: '17:00' }, '2026-03-12')
    expect([f.date, f.startTime, f.endTime, f.untilDate]).toEqual(['2026-03-20', '13:00', '17:00', '2026-07-10'])
    const g = prefillFromQuery({ date: 'soon', from: 'x' }, '2026-03-12')
    expect([g.date, g.startTime, g.endTime]).toEqual(['2026-03-12', '14:00', '16:00'])
  })
})
