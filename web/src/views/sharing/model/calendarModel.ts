/**
 * The resource calendar as the server sends it (per-date opening intervals, bookings) turned into
 * the week grid's input, and the recurring-booking preview shown before a series is sent.
 */
import type { BookingStatus, CalendarBooking, ResourceCalendar, SeriesOccurrence } from '@/api/sharing'
import { addDays, parseHm, weekdayOf } from './localTime'
import type { CalendarEvent, OpenSpan, WeekInput } from './weekLayout'

export interface BookingEvent extends CalendarEvent {
  status: BookingStatus
  mine: boolean
  booking: CalendarBooking
}

export type ClosedReason =
  { kind: 'HOLIDAY'; text: string } | { kind: 'BLACKOUT'; text: string } | { kind: 'CLOSED'; text: '' }

/** `HOLIDAY:清明节` → holiday named 清明节; unknown prefixes read as a blackout with that text. */
export function parseClosedReason(raw: string | null): ClosedReason | null {
  if (!raw) return null
  if (raw === 'CLOSED') return { kind: 'CLOSED', text: '' }
  const colon = raw.indexOf(':')
  const head = colon < 0 ? raw : raw.slice(0, colon)
  const text = colon < 0 ? '' : raw.slice(colon + 1)
  return head === 'HOLIDAY' ? { kind: 'HOLIDAY', text } : { kind: 'BLACKOUT', text: colon < 0 ? raw : text }
}

/** The title of a booking block: who (when the caller may see it) and what for. */
export function eventTitle(b: CalendarBooking, labels: { mine: string; taken: string }): string {
  const who = b.requesterName ?? (b.mine ? labels.mine : labels.taken)
  return b.purpose ? `${who} · ${b.purpose}` : who
}

export function toWeekInput(
  cal: ResourceCalendar,
  day: string,
  labels: { mine: string; taken: string },
): WeekInput<BookingEvent> {
  const open: OpenSpan[] = []
  const closed = new Map<string, string | null>()
  for (const d of cal.days) {
    const reason = parseClosedReason(d.closedReason)
    if (reason && reason.kind !== 'CLOSED') closed.set(d.date, d.closedReason)
    for (const o of d.open) {
      const from = parseHm(o.start)
      const to = parseHm(o.end)
      if (Number.isFinite(from) && Number.isFinite(to)) open.push({ weekday: weekdayOf(d.date), from, to })
    }
  }
  const events = cal.bookings.map((b): BookingEvent => ({
    id: b.id,
    start: b.startsAt,
    end: b.endsAt,
    title: eventTitle(b, labels),
    status: b.status,
    mine: b.mine,
    booking: b,
  }))
  return { day, events, open, closed }
}

/** Dates of a weekly series: `firstDate`, then every 7 days through `untilDate` (inclusive). */
export function weeklyDates(firstDate: string, untilDate: string, maxWeeks = 26): string[] {
  const out: string[] = []
  for (let d = firstDate; d <= untilDate && out.length < maxWeeks + 1; d = addDays(d, 7)) out.push(d)
  return out
}

export type OccurrenceState = 'PENDING' | 'FREE' | 'BOOKED' | 'FAILED'

export interface OccurrenceRow {
  index: number
  date: string
  state: OccurrenceState
  reason: string | null
  status: BookingStatus | null
  bookingId: number | null
}

/**
 * One row per planned date, with what the server said about it (a dry run, the booked series, or
 * the `occurrences[i]` errors of a refused series). Dates the server did not mention stay PENDING.
 */
export function occurrenceRows(
  dates: readonly string[],
  result?: {
    occurrences?: readonly SeriesOccurrence[]
    errors?: readonly { field: string; reason: string; row?: number }[]
  },
): OccurrenceRow[] {
  const rows: OccurrenceRow[] = dates.map((date, index) => ({
    index,
    date,
    state: 'PENDING',
    reason: null,
    status: null,
    bookingId: null,
  }))
  const byDate = new Map(rows.map((r) => [r.date, r]))
  for (const o of result?.occurrences ?? []) {
    const row = byDate.get(o.date)
    if (!row) continue
    row.state = o.outcome
    row.reason = o.reason
    row.status = o.status
    row.bookingId = o.bookingId
  }
  for (const e of result?.errors ?? []) {
    const m = /^occurrences\[(\d+)\]$/.exec(e.field)
    const index = m ? Number(m[1]) : typeof e.row === 'number' ? e.row - 1 : -1
    const row = rows[index]
    if (!row) continue
    row.state = 'FAILED'
    row.reason = e.reason
  }
  if (result?.errors?.length) for (const r of rows) if (r.state === 'PENDING') r.state = 'FREE'
  return rows
}
