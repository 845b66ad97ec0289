/** All dates are shown in Beijing time, whatever the browser's time zone. */
export const TIME_ZONE = 'Asia/Shanghai'
/** Asia/Shanghai has had no daylight saving since 1991. */
const OFFSET = '+08:00'

const partsFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

function parts(date: Date): Record<string, string> {
  const out: Record<string, string> = {}
  for (const p of partsFormatter.formatToParts(date)) out[p.type] = p.value
  return out
}

function toDate(value: string | number | Date | null | undefined): Date | null {
  if (value === null || value === undefined || value === '') return null
  const d = value instanceof Date ? value : new Date(value)
  return Number.isNaN(d.getTime()) ? null : d
}

/** `2025-03-01 08:05:09` in Beijing time; '' for empty or invalid input. */
export function formatDateTime(value: string | number | Date | null | undefined): string {
  const d = toDate(value)
  if (!d) return ''
  const p = parts(d)
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`
}

/** `2025-03-01` in Beijing time. */
export function formatDate(value: string | number | Date | null | undefined): string {
  const d = toDate(value)
  if (!d) return ''
  const p = parts(d)
  return `${p.year}-${p.month}-${p.day}`
}

/** Today's calendar date in Beijing, `YYYY-MM-DD`. */
export function todayInShanghai(now: Date = new Date()): string {
  return formatDate(now)
}

/** Start of a Beijing calendar day (`YYYY-MM-DD`) as an ISO instant in UTC. */
export function startOfDayIso(day: string): string {
  return new Date(`${day}T00:00:00${OFFSET}`).toISOString()
}

/** Start of the Beijing day after `day`, i.e. the exclusive end of `day`, as an ISO instant. */
export function endOfDayIso(day: string): string {
  const start = new Date(`${day}T00:00:00${OFFSET}`)
  return new Date(start.getTime() + 24 * 3600 * 1000).toISOString()
}
