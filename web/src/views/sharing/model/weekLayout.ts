/**
 * Lays bookings and opening hours out on a Monday-to-Sunday week grid: one column per Beijing day,
 * vertical position as a percentage of the visible hours, overlapping events side by side in lanes.
 * Pure, so the calendar component only draws what this returns.
 */
import { addDays, daysBetween, toLocal, weekDays, weekdayOf, type IsoWeekday } from './localTime'

export interface CalendarEvent {
  id: string | number
  /** ISO instants. */
  start: string
  end: string
  title: string
  status: string
}

/** Weekly opening hours, minutes of the day; `to` may be 1440. */
export interface OpenSpan {
  weekday: IsoWeekday
  from: number
  to: number
}

export interface PlacedEvent<E extends CalendarEvent = CalendarEvent> {
  event: E
  /** Minutes of the day, clipped to this day. */
  from: number
  to: number
  /** Percentages of the visible range. */
  top: number
  height: number
  lane: number
  lanes: number
  /** The event started on an earlier day / goes on after this day. */
  continuesBefore: boolean
  continuesAfter: boolean
}

export interface DayColumn<E extends CalendarEvent = CalendarEvent> {
  day: string
  weekday: IsoWeekday
  /** Blackout date or holiday: no opening hours drawn. */
  closed: boolean
  closedReason: string | null
  open: { from: number; to: number; top: number; height: number }[]
  events: PlacedEvent<E>[]
}

export interface WeekLayout<E extends CalendarEvent = CalendarEvent> {
  /** Visible minutes of the day, whole hours. */
  from: number
  to: number
  /** Hour marks inside the visible range, in minutes. */
  hours: number[]
  columns: DayColumn<E>[]
}

export interface WeekInput<E extends CalendarEvent> {
  /** Any day of the week to show. */
  day: string
  events: readonly E[]
  open?: readonly OpenSpan[]
  /** Days closed despite the weekly hours, with an optional reason (holiday name). */
  closed?: ReadonlyMap<string, string | null>
  /** Hours always visible, even on an empty week. Default 8:00–18:00. */
  minFrom?: number
  minTo?: number
}

const MIN_EVENT_MINUTES = 15

/** One event cut into per-day pieces (an overnight booking shows in both columns). */
function splitByDay(e: CalendarEvent): { day: string; from: number; to: number; before: boolean; after: boolean }[] {
  const s = toLocal(e.start)
  const t = toLocal(e.end)
  // An end at exactly midnight belongs to the previous day.
  const lastDay = t.minute === 0 && t.day !== s.day ? addDays(t.day, -1) : t.day
  const lastMinute = t.minute === 0 && t.day !== s.day ? 1440 : t.minute
  const n = daysBetween(s.day, lastDay)
  if (n < 0) return []
  const out = []
  for (let i = 0; i <= n; i++) {
    out.push({
      day: addDays(s.day, i),
      from: i === 0 ? s.minute : 0,
      to: i === n ? lastMinute : 1440,
      before: i > 0,
      after: i < n,
    })
  }
  return out
}

/** Greedy lane assignment; every event of a group of mutually chained overlaps gets the group's width. */
function assignLanes<T extends { from: number; to: number; lane: number; lanes: number }>(items: T[]): void {
  items.sort((a, b) => a.from - b.from || b.to - a.to)
  let group: T[] = []
  let laneEnds: number[] = []
  let groupEnd = -1
  const close = () => {
    for (const g of group) g.lanes = laneEnds.length
    group = []
    laneEnds = []
  }
  for (const item of items) {
    if (item.from >= groupEnd) close()
    let lane = laneEnds.findIndex((end) => end <= item.from)
    if (lane < 0) {
      lane = laneEnds.length
      laneEnds.push(item.to)
    } else {
      laneEnds[lane] = item.to
    }
    item.lane = lane
    group.push(item)
    groupEnd = Math.max(groupEnd, item.to)
  }
  close()
}

export function layoutWeek<E extends CalendarEvent>(input: WeekInput<E>): WeekLayout<E> {
  const days = weekDays(input.day)
  const open = input.open ?? []
  const closed = input.closed ?? new Map<string, string | null>()
  const pieces = input.events.flatMap((event) =>
    splitByDay(event)
      .filter((p) => days.includes(p.day))
      .map((p) => ({ event, ...p })),
  )

  let from = input.minFrom ?? 8 * 60
  let to = input.minTo ?? 18 * 60
  for (const s of open) {
    from = Math.min(from, s.from)
    to = Math.max(to, s.to)
  }
  for (const p of pieces) {
    from = Math.min(from, p.from)
    to = Math.max(to, p.to)
  }
  from = Math.floor(from / 60) * 60
  to = Math.min(1440, Math.ceil(to / 60) * 60)
  const span = to - from
  const pct = (m: number) => ((m - from) / span) * 100

  const columns = days.map((day): DayColumn<E> => {
    const weekday = weekdayOf(day)
    const isClosed = closed.has(day)
    const placed: PlacedEvent<E>[] = pieces
      .filter((p) => p.day === day)
      .map((p) => {
        const shownTo = Math.min(to, Math.max(p.to, p.from + MIN_EVENT_MINUTES))
        return {
          event: p.event,
          from: p.from,
          to: p.to,
          top: pct(p.from),
          height: pct(shownTo) - pct(p.from),
          lane: 0,
          lanes: 1,
          continuesBefore: p.before,
          continuesAfter: p.after,
        }
      })
    assignLanes(placed)
    return {
      day,
      weekday,
      closed: isClosed,
      closedReason: closed.get(day) ?? null,
      open: isClosed
        ? []
        : open
            .filter((s) => s.weekday === weekday && s.to > s.from)
            .sort((a, b) => a.from - b.from)
            .map((s) => ({ from: s.from, to: s.to, top: pct(s.from), height: pct(s.to) - pct(s.from) })),
      events: placed,
    }
  })

  const hours: number[] = []
  for (let m = from; m <= to; m += 60) hours.push(m)
  return { from, to, hours, columns }
}
