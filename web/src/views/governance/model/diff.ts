/**
 * Rendering a charter diff (the server computes it line by line, Myers, API.md "Charters"): a unified view
 * with + and − signs, and a side-by-side view where a run of deleted lines faces the run of inserted lines
 * that replaced it. Long unchanged stretches fold to a few lines of context.
 */
import type { DiffLine } from '@/api/governance'

export type Side = 'equal' | 'deleted' | 'inserted' | 'empty'

export interface UnifiedRow {
  kind: 'equal' | 'deleted' | 'inserted' | 'fold'
  sign: ' ' | '+' | '−' | ''
  oldLine: number | null
  newLine: number | null
  text: string
  /** For a fold: how many unchanged lines it hides. */
  hidden?: number
}

export interface Cell {
  side: Side
  line: number | null
  text: string
}

export interface PairRow {
  left: Cell
  right: Cell
  /** A fold row: how many unchanged lines it hides (left/right empty). */
  hidden?: number
}

const SIGN = { EQUAL: ' ', DELETED: '−', INSERTED: '+' } as const

/** Unified rows, folding unchanged runs longer than 2 × context + 1 (context = Infinity: no folding). */
export function unifiedRows(lines: readonly DiffLine[], context = 3): UnifiedRow[] {
  const rows: UnifiedRow[] = lines.map((l) => ({
    kind: l.kind === 'EQUAL' ? 'equal' : l.kind === 'DELETED' ? 'deleted' : 'inserted',
    sign: SIGN[l.kind],
    oldLine: l.oldLine,
    newLine: l.newLine,
    text: l.text,
  }))
  return fold(
    rows,
    (r) => r.kind === 'equal',
    context,
    (hidden) => ({
      kind: 'fold',
      sign: '',
      oldLine: null,
      newLine: null,
      text: '',
      hidden,
    }),
  )
}

/** Side-by-side rows: equal lines on both sides; each deleted run paired with the inserted run after it. */
export function sideBySideRows(lines: readonly DiffLine[], context = 3): PairRow[] {
  const rows: PairRow[] = []
  const empty: Cell = { side: 'empty', line: null, text: '' }
  let i = 0
  while (i < lines.length) {
    const l = lines[i]!
    if (l.kind === 'EQUAL') {
      rows.push({
        left: { side: 'equal', line: l.oldLine, text: l.text },
        right: { side: 'equal', line: l.newLine, text: l.text },
      })
      i++
      continue
    }
    const deleted: DiffLine[] = []
    const inserted: DiffLine[] = []
    while (i < lines.length && lines[i]!.kind === 'DELETED') deleted.push(lines[i++]!)
    while (i < lines.length && lines[i]!.kind === 'INSERTED') inserted.push(lines[i++]!)
    for (let k = 0; k < Math.max(deleted.length, inserted.length); k++) {
      const d = deleted[k]
      const n = inserted[k]
      rows.push({
        left: d ? { side: 'deleted', line: d.oldLine, text: d.text } : empty,
        right: n ? { side: 'inserted', line: n.newLine, text: n.text } : empty,
      })
    }
  }
  return fold(
    rows,
    (r) => r.left.side === 'equal',
    context,
    (hidden) => ({ left: empty, right: empty, hidden }),
  )
}

/** Replaces the middle of every unchanged run longer than 2 × context + 1 by one fold row. */
function fold<T>(rows: T[], unchanged: (r: T) => boolean, context: number, folded: (hidden: number) => T): T[] {
  if (!Number.isFinite(context)) return rows
  const out: T[] = []
  let i = 0
  while (i < rows.length) {
    if (!unchanged(rows[i]!)) {
      out.push(rows[i++]!)
      continue
    }
    let j = i
    while (j < rows.length && unchanged(rows[j]!)) j++
    const run = rows.slice(i, j)
    const keepHead = i === 0 ? 0 : context
    const keepTail = j === rows.length ? 0 : context
    if (run.length > keepHead + keepTail + 1) {
      out.push(...run.slice(0, keepHead), folded(run.length - keepHead - keepTail), ...run.slice(run.length - keepTail))
    } else out.push(...run)
    i = j
  }
  return out
}
