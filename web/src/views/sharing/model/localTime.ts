/**
 * Beijing wall-clock arithmetic for the sharing pages. Bookings travel as ISO instants; calendars,
 * opening hours and the search form think in Beijing dates (`YYYY-MM-DD`) and minutes of the day.
 * Asia/Shanghai has a fixed +08:00 offset (no daylight saving since 1991), so plain arithmetic on
 * UTC milliseconds is exact and independent of the browser's own zone.
 */
const OFFSET_MS = 8 * 3600 * 1000
const DAY_MS = 24 * 3600 * 1000

/** ISO day of week: 1 = Monday … 7 = Sunday (java.time.DayOfWeek order). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

export const DAY_NAMES = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const
export type DayName = (typeof DAY_NAMES)[number]

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** Milliseconds of Beijing midnight of `day`, on a UTC-based time line shifted by +8 h. */
function dayToShifted(day: string): number {
  const [y, m, d] = day.split('-').map(Number)
  return Date.UTC(y!, m! - 1, d!)
}

function shiftedToDay(ms: number): string {
  const d = new Date(ms)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

export function isDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const ms = dayToShifted(value)
  return !Number.isNaN(ms) && shiftedToDay(ms) === value
}

/** Beijing date and minute of the day of an instant. */
export function toLocal(instant: string | number | Date): { day: string; minute: number } {
  const ms = (instant instanceof Date ? instant.getTime() : new Date(instant).getTime()) + OFFSET_MS
  const dayStart = Math.floor(ms / DAY_MS) * DAY_MS
  return { day: shiftedToDay(dayStart), minute: Math.round((ms - dayStart) / 60000) }
}

/** The ISO instant (UTC, `Z`) of a Beijing date and minute of the day. */
export function toInstant(day: string, minute: number): string {
  return new Date(dayToShifted(day) + minute * 60000 - OFFSET_MS).toISOString()
}

/** `HH:mm` → minutes since midnight (`24:00` allowed as the end of a day); NaN when malformed. */
export function parseHm(hm: string): number {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(hm.trim())
  if (!m) return Number.NaN
  const h = Number(m[1])
  const min = Number(m[2])
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return Number.NaN
  return h * 60 + min
}

export function formatHm(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`
}

export function addDays(day: string, n: number): string {
  return shiftedToDay(dayToShifted(day) + n * DAY_MS)
}

export function weekdayOf(day: string): IsoWeekday {
  const js = new Date(dayToShifted(day)).getUTCDay() // 0 = Sunday
  return (js === 0 ? 7 : js) as IsoWeekday
}

export function dayNameOf(day: string): DayName {
  return DAY_NAMES[weekdayOf(day) - 1]!
}

/** Monday of the week containing `day`. */
export function startOfWeek(day: string): string {
  return addDays(day, 1 - weekdayOf(day))
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((dayToShifted(b) - dayToShifted(a)) / DAY_MS)
}

/** Today in Beijing. */
export function today(now: Date = new Date()): string {
  return toLocal(now).day
}

/** `2025-03-07` → the seven dates of its Monday-to-Sunday week. */
export function weekDays(day: string): string[] {
  const monday = startOfWeek(day)
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i))
}

/** `2025-03-07 14:00–16:30`, or across days `2025-03-07 14:00 – 2025-03-08 10:00`. */
export function formatRange(start: string, end: string): string {
  const a = toLocal(start)
  const b = toLocal(end)
  if (a.day === b.day || (b.minute === 0 && daysBetween(a.day, b.day) === 1)) {
    return `${a.day} ${formatHm(a.minute)}–${b.minute === 0 && a.day !== b.day ? '24:00' : formatHm(b.minute)}`
  }
  return `${a.day} ${formatHm(a.minute)} – ${b.day} ${formatHm(b.minute)}`
}

/** `2026-03-20T13:00:00+08:00`: a Beijing date and minute as an instant with offset (the API's style). */
export function toOffsetIso(day: string, minute: number): string {
  if (minute >= 1440) return toOffsetIso(addDays(day, 1), minute - 1440)
  return `${day}T${formatHm(minute)}:00+08:00`
}
