import { describe, expect, it } from 'vitest'
import type { DiffLine } from '@/api/governance'
import { sideBySideRows, unifiedRows } from './diff'

const eq = (o: number, n: number, text = `line ${o}`): DiffLine => ({ kind: 'EQUAL', oldLine: o, newLine: n, text })
const del = (o: number, text: string): DiffLine => ({ kind: 'DELETED', oldLine: o, newLine: null, text })
const ins = (n: number, text: string): DiffLine => ({ kind: 'INSERTED', oldLine: null, newLine: n, text })

/** The demo charter's revision: article 5 reworded, article 7 added. */
const REVISION: DiffLine[] = [
  eq(1, 1),
  eq(2, 2),
  del(3, '第五条 学区每月召开例会'),
  ins(3, '第五条 学区每月第二周召开例会，由中心校召集'),
  eq(4, 4),
  ins(5, '第七条 学区成立联合党支部'),
]

describe('charter diff rendering', () => {
  it('marks deletions with − and insertions with + in the unified view, keeping both line numbers', () => {
    const rows = unifiedRows(REVISION, Infinity)
    expect(rows.map((r) => `${r.sign}${r.oldLine ?? '_'}/${r.newLine ?? '_'}`)).toEqual([
      ' 1/1',
      ' 2/2',
      '−3/_',
      '+_/3',
      ' 4/4',
      '+_/5',
    ])
    expect(rows[2]!.kind).toBe('deleted')
    expect(rows[3]!.kind).toBe('inserted')
  })

  it('puts a replaced line beside its replacement, and an added line against an empty cell', () => {
    const rows = sideBySideRows(REVISION, Infinity)
    expect(rows).toHaveLength(5)
    expect(rows[2]!.left).toEqual({ side: 'deleted', line: 3, text: '第五条 学区每月召开例会' })
    expect(rows[2]!.right).toEqual({ side: 'inserted', line: 3, text: '第五条 学区每月第二周召开例会，由中心校召集' })
    expect(rows[4]!.left.side).toBe('empty')
    expect(rows[4]!.right).toEqual({ side: 'inserted', line: 5, text: '第七条 学区成立联合党支部' })
  })

  it('pairs a run of two deletions with one insertion, leaving the second deletion alone', () => {
    const rows = sideBySideRows([del(1, 'a'), del(2, 'b'), ins(1, 'c')], Infinity)
    expect(rows.map((r) => [r.left.side, r.right.side])).toEqual([
      ['deleted', 'inserted'],
      ['deleted', 'empty'],
    ])
  })

  it('folds long unchanged stretches to three lines of context around each change', () => {
    const lines: DiffLine[] = [...Array.from({ length: 10 }, (_, i) => eq(i + 1, i + 1)), del(11, 'x'), ins(11, 'y')]
    for (let i = 12; i <= 30; i++) lines.push(eq(i, i))
    const rows = unifiedRows(lines, 3)
    // Leading run: folded to a marker plus three lines; trailing run: three lines plus a marker.
    expect(rows[0]).toMatchObject({ kind: 'fold', hidden: 7 })
    expect(rows.slice(1, 4).map((r) => r.oldLine)).toEqual([8, 9, 10])
    expect(rows[4]!.kind).toBe('deleted')
    expect(rows[5]!.kind).toBe('inserted')
    expect(rows.slice(6, 9).map((r) => r.oldLine)).toEqual([12, 13, 14])
    expect(rows[9]).toMatchObject({ kind: 'fold', hidden: 16 })
    expect(rows).toHaveLength(10)
    const side = sideBySideRows(lines, 3)
    expect(side[0]!.hidden).toBe(7)
    expect(side.at(-1)!.hidden).toBe(16)
  })

  it('does not fold a short stretch between two changes', () => {
    const rows = unifiedRows([del(1, 'a'), eq(2, 1), eq(3, 2), eq(4, 3), ins(4, 'b')], 3)
    expect(rows.some((r) => r.kind === 'fold')).toBe(false)
    expect(rows).toHaveLength(5)
  })
})
