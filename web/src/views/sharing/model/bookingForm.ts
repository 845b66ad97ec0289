/**
 * The booking dialog's form: defaults, the checks the server will make anyway (so most mistakes
 * are caught before sending), and the request bodies. Messages are i18n keys with parameters.
 */
import type { BookingRequest, ResourceDetail, SeriesRequest } from '@/api/sharing'
import { addDays, dayNameOf, isDay, parseHm, toInstant, toLocal, toOffsetIso } from './localTime'

export type BookingMode = 'single' | 'weekly'

export interface BookingForm {
  mode: BookingMode
  date: string
  startTime: string
  endTime: string
  /** Weekly mode: last date of the series (the end of the term by default). */
  untilDate: string
  attendees: number | null
  purpose: string
  waitlist: boolean
  skipConflicts: boolean
}

export interface Issue {
  key: string
  params?: Record<string, string | number>
}

export type BookingIssues = Partial<
  Record<'date' | 'startTime' | 'endTime' | 'untilDate' | 'attendees' | 'purpose', Issue>
>

/** Last day of the school term containing `day`: spring term to mid-July, autumn term to mid-January. */
export function termEnd(day: string): string {
  const year = Number(day.slice(0, 4))
  const month = Number(day.slice(5, 7))
  if (month >= 2 && month <= 7) return `${year}-07-10`
  return month === 1 ? `${year}-01-20` : `${year + 1}-01-20`
}

export function emptyBookingForm(day: string, startTime = '14:00', endTime = '16:00'): BookingForm {
  return {
    mode: 'single',
    date: day,
    startTime,
    endTime,
    untilDate: termEnd(day),
    attendees: null,
    purpose: '',
    waitlist: false,
    skipConflicts: false,
  }
}

/**
 * Checks a booking against the resource's published rules, at `now`. `holidays` (date → name) adds
 * the public-holiday check for resources closed on holidays; without it the server still checks.
 */
export function validateBooking(
  form: BookingForm,
  resource: ResourceDetail,
  now: Date = new Date(),
  holidays: ReadonlyMap<string, string> = new Map(),
): BookingIssues {
  const issues: BookingIssues = {}
  const start = parseHm(form.startTime)
  const end = parseHm(form.endTime)
  if (!isDay(form.date)) issues.date = { key: 'sharing.book.errors.date' }
  if (!Number.isFinite(start)) issues.startTime = { key: 'sharing.book.errors.time' }
  if (!Number.isFinite(end)) issues.endTime = { key: 'sharing.book.errors.time' }
  else if (Number.isFinite(start) && end <= start) issues.endTime = { key: 'sharing.book.errors.endBeforeStart' }

  if (form.attendees === null || !Number.isInteger(form.attendees) || form.attendees < 1) {
    issues.attendees = { key: 'sharing.book.errors.attendees' }
  } else if (form.attendees > resource.capacity) {
    issues.attendees = { key: 'sharing.book.errors.capacity', params: { n: resource.capacity } }
  }
  const purpose = form.purpose.trim()
  if (!purpose) issues.purpose = { key: 'sharing.book.errors.purpose' }
  else if (purpose.length > 500) issues.purpose = { key: 'sharing.book.errors.purposeLength' }

  if (form.mode === 'weekly') {
    if (!isDay(form.untilDate) || form.untilDate < form.date) issues.untilDate = { key: 'sharing.book.errors.until' }
    else if (form.untilDate > addDays(form.date, 26 * 7)) issues.untilDate = { key: 'sharing.book.errors.untilTooFar' }
  }
  if (issues.date || issues.startTime || issues.endTime) return issues

  const rules = resource.rules
  if (rules.maxDurationMinutes && end - start > rules.maxDurationMinutes) {
    issues.endTime = { key: 'sharing.book.errors.tooLong', params: { n: rules.maxDurationMinutes } }
  }
  const day = dayNameOf(form.date)
  const fits = resource.openingHours.some((o) => o.day === day && parseHm(o.opens) <= start && end <= parseHm(o.closes))
  if (!fits) issues.startTime = { key: 'sharing.book.errors.outsideHours' }

  const blackout = resource.blackouts.find((b) => b.from <= form.date && form.date <= b.to)
  if (blackout?.reason) issues.date = { key: 'sharing.book.errors.blackout', params: { reason: blackout.reason } }
  else if (blackout) issues.date = { key: 'sharing.book.errors.blackoutNoReason' }
  const holiday = resource.closedOnHolidays ? holidays.get(form.date) : undefined
  if (holiday) issues.date = { key: 'sharing.book.errors.holiday', params: { name: holiday } }

  const startMs = new Date(toInstant(form.date, start)).getTime()
  const hoursAhead = (startMs - now.getTime()) / 3600000
  if (hoursAhead < (rules.minNoticeHours ?? 0)) {
    issues.date = { key: 'sharing.book.errors.notice', params: { n: rules.minNoticeHours ?? 0 } }
  } else if (rules.maxAdvanceDays && hoursAhead > rules.maxAdvanceDays * 24) {
    issues.date = { key: 'sharing.book.errors.tooFarAhead', params: { n: rules.maxAdvanceDays } }
  }
  return issues
}

export function toBookingRequest(form: BookingForm, resourceId: number): BookingRequest {
  const body: BookingRequest = {
    resourceId,
    startsAt: toOffsetIso(form.date, parseHm(form.startTime)),
    endsAt: toOffsetIso(form.date, parseHm(form.endTime)),
    attendees: form.attendees ?? 0,
    purpose: form.purpose.trim(),
  }
  if (form.waitlist) body.waitlist = true
  return body
}

export function toSeriesRequest(form: BookingForm, resourceId: number, dryRun: boolean): SeriesRequest {
  return {
    resourceId,
    firstDate: form.date,
    untilDate: form.untilDate,
    startTime: form.startTime,
    endTime: form.endTime,
    attendees: form.attendees ?? 0,
    purpose: form.purpose.trim(),
    skipConflicts: form.skipConflicts,
    dryRun,
  }
}

/** Prefill from the address bar (`?book=1&date=…&from=…&to=…`, e.g. coming from a search). */
export function prefillFromQuery(query: Record<string, unknown>, fallbackDay: string): BookingForm {
  const date = isDay(query.date) ? query.date : fallbackDay
  const from = typeof query.from === 'string' && Number.isFinite(parseHm(query.from)) ? query.from : undefined
  const to = typeof query.to === 'string' && Number.isFinite(parseHm(query.to)) ? query.to : undefined
  return emptyBookingForm(date, from, to)
}

/** The first day a booking may start, given the notice the resource asks for. */
export function earliestBookableDay(resource: ResourceDetail, now: Date = new Date()): string {
  const hours = resource.rules.minNoticeHours ?? 0
  return toLocal(new Date(now.getTime() + hours * 3600000)).day
}
