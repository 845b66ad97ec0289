/** The month view of inspections: Monday-first weeks covering the month, each day with its visits. */
export interface DayCell<T> {
  date: string
  inMonth: boolean
  items: T[]
}

/** `YYYY-MM` of a date, in the browser's calendar. */
export function monthOf(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}

export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const d = new Date(Date.UTC(y, m - 1 + delta, 1))
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10)
}

export function monthGrid<T extends { visitedOn: string }>(month: string, items: readonly T[]): DayCell<T>[] {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const first = new Date(Date.UTC(y, m - 1, 1))
  const last = new Date(Date.UTC(y, m, 0))
  const start = new Date(first)
  start.setUTCDate(1 - ((first.getUTCDay() + 6) % 7))
  const end = new Date(last)
  end.setUTCDate(last.getUTCDate() + (6 - ((last.getUTCDay() + 6) % 7)))
  const byDay = new Map<string, T[]>()
  for (const i of items) byDay.set(i.visitedOn, [...(byDay.get(i.visitedOn) ?? []), i])
  const cells: DayCell<T>[] = []
  for (const d = new Date(start); d <= end; d.setUTCDate(d.getUTCDate() + 1)) {
    const date = iso(d)
    cells.push({ date, inMonth: d.getUTCMonth() === m - 1, items: byDay.get(date) ?? [] })
  }
  return cells
}
