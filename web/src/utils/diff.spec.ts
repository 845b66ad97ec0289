import { describe, expect, it } from 'vitest'
import { diffValues, displayValue } from './diff'

describe('audit diff', () => {
  it('lists the union of fields and marks what changed', () => {
    const rows = diffValues(
      { name: '西城一小', type: 'PRIMARY', districtId: 1 },
      { name: '西城第一小学', type: 'PRIMARY', address: '某街1号', districtId: 1 },
    )
    expect(rows.map((r) => [r.field, r.changed])).toEqual([
      ['name', true],
      ['type', false],
      ['districtId', false],
      ['address', true],
    ])
  })

  it('handles creation and deletion (one side null)', () => {
    expect(diffValues(null, { name: 'A' })).toEqual([{ field: 'name', before: undefined, after: 'A', changed: true }])
    expect(diffValues({ name: 'A' }, null)[0]!.changed).toBe(true)
    expect(diffValues(null, null)).toEqual([])
  })

  it('compares nested values by content and treats null like missing', () => {
    const rows = diffValues({ ids: [1, 2], note: null }, { ids: [1, 2] })
    expect(rows.every((r) => !r.changed)).toBe(true)
  })

  it('displays values readably', () => {
    expect(displayValue(null)).toBe('—')
    expect(displayValue('')).toBe('—')
    expect(displayValue(0)).toBe('0')
    expect(displayValue(false)).toBe('false')
    expect(displayValue([1, 2])).toBe('[1,2]')
  })
})
