/**
 * The month grid of a resource calendar: whole Monday-to-Sunday weeks covering the month, each day
 * with its bookings (sorted by start) and whether it is open. Pure.
 */
import type { ResourceCalendar } from '@/api/sharing'
import { addDays, daysBetween, startOfWeek, toLocal } from './localTime'

export interface MonthDay {
  day: string
  inMonth: boolean
  open: boolean
  closedReason: string | null
  bookings: ResourceCalendar['bookings']
}

/** First and last day of the grid for the month of `day` (at most 6 weeks = 42 days). */
export function monthRange(day: string): { from: string; to: string; first: string } {
  const first = `${day.slice(0, 7)}-01`
  const from = startOfWeek(first)
  const nextMonth = addDays(first, 31).slice(0, 7)
  const last = addDays(`${nextMonth}-01`, -1)
  const to = addDays(startOfWeek(last), 6)
  return { from, to, first }
}

/**
 * The day whose month the month grid opens on when leaving the week of `monday`. A week can straddle
 * two months (Mon 30 Nov – Sun 6 Dec): the first of `focus` (the day the user picked or booked, then
 * today) that lies in the week decides; with none in the week, the month holding most of the week's
 * days (the one of its Thursday).
 */
export function monthToOpen(monday: string, focus: readonly (string | null | undefined)[]): string {
  const sunday = addDays(monday, 6)
  const inWeek = focus.find((d): d is string => !!d && d >= monday && d <= sunday)
  return inWeek ?? addDays(monday, 3)
}

export function layoutMonth(day: string, cal: ResourceCalendar | null): MonthDay[][] {
  const { from, to, first } = monthRange(day)
  const month = first.slice(0, 7)
  const days = new Map((cal?.days ?? []).map((d) => [d.date, d]))
  const byDay = new Map<string, ResourceCalendar['bookings']>()
  for (const b of cal?.bookings ?? []) {
    const start = toLocal(b.startsAt).day
    byDay.set(start, [...(byDay.get(start) ?? []), b])
  }
  const weeks: MonthDay[][] = []
  const n = daysBetween(from, to) + 1
  for (let i = 0; i < n; i++) {
    const d = addDays(from, i)
    const info = days.get(d)
    const cell: MonthDay = {
      day: d,
      inMonth: d.slice(0, 7) === month,
      open: !!info && info.open.length > 0 && !info.closedReason,
      closedReason: info?.closedReason ?? null,
      bookings: [...(byDay.get(d) ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    }
    if (i % 7 === 0) weeks.push([])
    weeks[weeks.length - 1]!.push(cell)
  }
  return weeks
}
