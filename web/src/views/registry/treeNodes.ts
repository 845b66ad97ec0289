import type { DistrictKind, TreeRegion, UnitType } from '@/api/types'

export type TreeNode =
  | { key: string; kind: 'region'; code: string; label: string; count: number; children: TreeNode[] }
  | {
      key: string
      kind: 'district'
      id: number
      label: string
      districtKind: DistrictKind
      count: number
      children: TreeNode[]
    }
  | { key: string; kind: 'unit'; id: number; label: string; unitType: UnitType; districtId: number }

/** GET /tree as el-tree nodes; keys are unique even when a unit sits in several districts. */
export function toTreeNodes(regions: readonly TreeRegion[]): TreeNode[] {
  return regions.map((r) => ({
    key: `r-${r.code}`,
    kind: 'region',
    code: r.code,
    label: r.name,
    count: r.districts.length,
    children: r.districts.map((d) => ({
      key: `d-${d.id}`,
      kind: 'district',
      id: d.id,
      label: d.name,
      districtKind: d.kind,
      count: d.units.length,
      children: d.units.map((u) => ({
        key: `d-${d.id}-u-${u.id}`,
        kind: 'unit',
        id: u.id,
        label: u.name,
        unitType: u.type,
        districtId: d.id,
      })),
    })),
  }))
}
