/**
 * Terms as the server counts them (API.md): `schoolYear` is the school year's first calendar year;
 * semester 1 = 1 Sep–31 Jan, semester 2 = 1 Feb–31 Aug.
 */
export interface TermOption {
  key: string
  schoolYear: number
  semester: 1 | 2
  label: string
}

export function termOf(d: Date): { schoolYear: number; semester: 1 | 2 } {
  const y = d.getFullYear()
  const m = d.getMonth() + 1
  if (m >= 9) return { schoolYear: y, semester: 1 }
  if (m === 1) return { schoolYear: y - 1, semester: 1 }
  return { schoolYear: y - 1, semester: 2 }
}

function label(schoolYear: number, semester: number): string {
  return `${schoolYear}—${schoolYear + 1} 学年第${semester === 1 ? '一' : '二'}学期`
}

/** The term after today's, today's, and the three before (newest first). */
export function termOptions(today: Date): TermOption[] {
  const now = termOf(today)
  let index = now.schoolYear * 2 + (now.semester - 1) + 1
  const out: TermOption[] = []
  for (let i = 0; i < 5; i++, index--) {
    const schoolYear = Math.floor(index / 2)
    const semester = ((index % 2) + 1) as 1 | 2
    out.push({ key: `${schoolYear}-${semester}`, schoolYear, semester, label: label(schoolYear, semester) })
  }
  return out
}
