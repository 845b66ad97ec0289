import { describe, expect, it } from 'vitest'
import { toTreeNodes } from './treeNodes'

describe('registry tree', () => {
  it('turns regions, districts and units into el-tree nodes with unique keys', () => {
    const nodes = toTreeNodes([
      {
        code: '110102',
        name: '西城区',
        districts: [
          { id: 1, name: '德胜学区', kind: 'PRIMARY', units: [{ id: 7, name: '一小', type: 'PRIMARY' }] },
          { id: 2, name: '德胜初中学区', kind: 'JUNIOR', units: [{ id: 7, name: '一小', type: 'PRIMARY' }] },
        ],
      },
    ])
    expect(nodes[0]).toMatchObject({ key: 'r-110102', kind: 'region', label: '西城区', count: 2 })
    const districts = nodes[0]!.kind === 'region' ? nodes[0]!.children : []
    expect(districts.map((d) => d.key)).toEqual(['d-1', 'd-2'])
    const keys = districts.flatMap((d) => (d.kind === 'district' ? d.children.map((u) => u.key) : []))
    expect(new Set(keys).size).toBe(2)
    expect(districts[0]).toMatchObject({ kind: 'district', id: 1, count: 1 })
  })
})
