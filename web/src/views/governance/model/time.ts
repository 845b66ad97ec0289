/** Meetings start at instants; the console shows and groups them by the Beijing date and time. */
const BEIJING_MS = 8 * 3_600_000

/** "YYYY-MM-DD" of an instant in Beijing. */
export function beijingDate(instant: string): string {
  return new Date(Date.parse(instant) + BEIJING_MS).toISOString().slice(0, 10)
}

/** "YYYY-MM-DD HH:mm" of an instant in Beijing. */
export function beijingDateTime(instant: string): string {
  const s = new Date(Date.parse(instant) + BEIJING_MS).toISOString()
  return `${s.slice(0, 10)} ${s.slice(11, 16)}`
}
