import { todayInShanghai } from './datetime'

/** The school year starts on 1 September; it is named by the calendar year it starts in. */
export function currentSchoolYear(now: Date = new Date()): number {
  const [year, month] = todayInShanghai(now).split('-').map(Number) as [number, number]
  return month >= 9 ? year : year - 1
}

/** Years for a school-year picker: next year first, then back `back` years from the current one. */
export function schoolYearOptions(current: number, back = 10): number[] {
  const out: number[] = []
  for (let y = current + 1; y >= current - back; y--) out.push(y)
  return out
}
