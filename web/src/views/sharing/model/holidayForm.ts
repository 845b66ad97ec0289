/**
 * The public-holiday table of one year (节假日, from the State Council's yearly notice): the default
 * year, the "fill a range" helper, the server's rules mirrored row by row, the body that goes on the
 * wire and the server's row errors (1-based `row`, field `date` or `name`) put back on the rows.
 */
import type { Holiday } from '@/api/sharing'
import type { FieldError } from '@/api/types'
import type { Issue } from './bookingForm'
import { addDays, daysBetween, isDay } from './localTime'

export interface HolidayRow {
  date: string
  name: string
}

export const NAME_MAX = 20
/** The longest range the helper fills at once (the longest break, 国庆 + 中秋, is 8 or 9 days). */
export const RANGE_MAX_DAYS = 31

/** The year to edit first: next year from November on (the notice comes out late in the year). */
export function defaultHolidayYear(today: string): number {
  const year = Number(today.slice(0, 4))
  return Number(today.slice(5, 7)) >= 11 ? year + 1 : year
}

/**
 * What is sent: names trimmed, rows with neither date nor name dropped, sorted by date (rows
 * without a date last, in their order). The editor shows exactly this before saving, so the
 * server's row numbers point at the rows on screen.
 */
export function normaliseHolidays(rows: readonly HolidayRow[]): HolidayRow[] {
  return rows
    .map((r) => ({ date: r.date ?? '', name: (r.name ?? '').trim() }))
    .filter((r) => r.date !== '' || r.name !== '')
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      if (!a.r.date || !b.r.date) return a.r.date ? -1 : b.r.date ? 1 : a.i - b.i
      return a.r.date.localeCompare(b.r.date) || a.i - b.i
    })
    .map(({ r }) => r)
}

/** Same days with the same names (order and blank rows aside): nothing to save. */
export function sameHolidays(a: readonly HolidayRow[], b: readonly HolidayRow[]): boolean {
  return JSON.stringify(normaliseHolidays(a)) === JSON.stringify(normaliseHolidays(b))
}

export type HolidayIssues = Record<string, Issue>

/** Issues keyed `<index>.date` / `<index>.name` (0-based index of the row on screen). */
export function validateHolidays(rows: readonly HolidayRow[], year: number): HolidayIssues {
  const issues: HolidayIssues = {}
  const seen = new Map<string, number>()
  rows.forEach((r, i) => {
    if (!r.date && !r.name.trim()) return
    if (!r.date || !isDay(r.date)) issues[`${i}.date`] = { key: 'sharing.settings.holidays.errors.date' }
    else if (Number(r.date.slice(0, 4)) !== year)
      issues[`${i}.date`] = { key: 'sharing.settings.holidays.errors.year', params: { year } }
    else if (seen.has(r.date))
      issues[`${i}.date`] = { key: 'sharing.settings.holidays.errors.twice', params: { row: seen.get(r.date)! + 1 } }
    else seen.set(r.date, i)
    const name = r.name.trim()
    if (!name) issues[`${i}.name`] = { key: 'sharing.settings.holidays.errors.name' }
    else if (name.length > NAME_MAX)
      issues[`${i}.name`] = { key: 'sharing.settings.holidays.errors.nameLength', params: { n: NAME_MAX } }
  })
  return issues
}

export function toHolidayBody(rows: readonly HolidayRow[]): Holiday[] {
  return normaliseHolidays(rows).map((r) => ({ date: r.date, name: r.name }))
}

/**
 * The server's `errors[]` on the rows: `row` is the 1-based position in the body, so row 3 is the
 * third row on screen (`2.date`). Errors without a usable row or field are returned apart.
 */
export function holidayServerErrors(errors: readonly FieldError[]): { byRow: Record<string, string>; other: string[] } {
  const byRow: Record<string, string> = {}
  const other: string[] = []
  for (const e of errors) {
    const field = e.field === 'date' || e.field === 'name' ? e.field : null
    if (typeof e.row === 'number' && e.row >= 1 && field) {
      const key = `${e.row - 1}.${field}`
      byRow[key] = byRow[key] ? `${byRow[key]}；${e.reason}` : e.reason
    } else {
      other.push(e.reason)
    }
  }
  return { byRow, other }
}

export type RangeProblem = 'incomplete' | 'reversed' | 'tooLong' | 'outsideYear'

/** Why a range cannot be filled in, or null when it can. */
export function rangeProblem(from: string | null, to: string | null, name: string, year: number): RangeProblem | null {
  if (!from || !to || !isDay(from) || !isDay(to) || !name.trim()) return 'incomplete'
  if (to < from) return 'reversed'
  if (daysBetween(from, to) + 1 > RANGE_MAX_DAYS) return 'tooLong'
  if (Number(from.slice(0, 4)) !== year || Number(to.slice(0, 4)) !== year) return 'outsideYear'
  return null
}

/**
 * Every day from `from` to `to` (inclusive) as a day off called `name`: days already listed take
 * the new name, the others are added; the result is sorted by date, blank rows dropped.
 */
export function fillRange(rows: readonly HolidayRow[], from: string, to: string, name: string): HolidayRow[] {
  const label = name.trim()
  const out = rows.map((r) => ({ ...r }))
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const existing = out.find((r) => r.date === d)
    if (existing) existing.name = label
    else out.push({ date: d, name: label })
  }
  return normaliseHolidays(out)
}
