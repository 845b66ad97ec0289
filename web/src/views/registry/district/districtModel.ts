import {
  COUNCIL_MEMBER_KINDS,
  POSITION_KINDS,
  type CouncilMember,
  type CouncilMemberKind,
  type DistrictHistoryUnit,
  type DistrictHistoryYear,
  type DistrictKind,
  type DistrictMember,
  type DistrictPosition,
  type MemberRole,
  type PositionKind,
} from '@/api/types'

/** i18n key of a member's role: 中心园/成员园 in preschool districts, 中心校/成员校 otherwise. */
export function memberRoleKey(kind: DistrictKind | undefined, role: MemberRole): string {
  const who = kind === 'PRESCHOOL' ? 'Kindergarten' : 'School'
  return `registry.members.${role === 'CENTRAL' ? 'central' : 'member'}${who}`
}

/** Central units first, then by name (Chinese collation). */
export function sortMembers<T extends { role: MemberRole; unitName: string }>(members: readonly T[]): T[] {
  return members
    .slice()
    .sort(
      (a, b) =>
        Number(b.role === 'CENTRAL') - Number(a.role === 'CENTRAL') || a.unitName.localeCompare(b.unitName, 'zh-CN'),
    )
}

export function centralIds(members: readonly Pick<DistrictMember, 'unitId' | 'role'>[]): number[] {
  return members.filter((m) => m.role === 'CENTRAL').map((m) => m.unitId)
}

export interface KindCoverage {
  kind: CouncilMemberKind
  count: number
  present: boolean
}

/**
 * How many members of each of the council's five kinds of representatives there are (seed 000).
 * The server's own list of missing kinds wins when it sends one.
 */
export function councilCoverage(members: readonly CouncilMember[], missingKinds?: readonly string[]): KindCoverage[] {
  return COUNCIL_MEMBER_KINDS.map((kind) => {
    const count = members.filter((m) => m.kind === kind).length
    return { kind, count, present: missingKinds ? !missingKinds.includes(kind) : count > 0 }
  })
}

/** Committee members with the chair (title 主任) first. */
export function chairFirst(members: readonly CouncilMember[]): CouncilMember[] {
  return members.slice().sort((a, b) => Number(isChair(b)) - Number(isChair(a)))
}

export function isChair(m: CouncilMember): boolean {
  return m.title?.trim() === '主任'
}

/** Positions in a fixed order (full-time inspectors first), then by person. */
export function sortPositions(positions: readonly DistrictPosition[]): DistrictPosition[] {
  const order = (k: PositionKind | string) => {
    const i = (POSITION_KINDS as readonly string[]).indexOf(k)
    return i < 0 ? POSITION_KINDS.length : i
  }
  return positions
    .slice()
    .sort((a, b) => order(a.kind) - order(b.kind) || a.personName.localeCompare(b.personName, 'zh-CN'))
}

export function positionCounts(positions: readonly DistrictPosition[]): { kind: PositionKind; count: number }[] {
  return POSITION_KINDS.map((kind) => ({ kind, count: positions.filter((p) => p.kind === kind).length }))
}

export interface HistoryEntry extends DistrictHistoryYear {
  /** Units that were not in the district the year before (empty for the oldest year). */
  joined: DistrictHistoryUnit[]
  /** Units of the year before that are no longer in the district. */
  left: DistrictHistoryUnit[]
}

/** Each year with who joined and who left compared with the previous school year on record. */
export function historyChanges(history: readonly DistrictHistoryYear[]): HistoryEntry[] {
  const sorted = history.slice().sort((a, b) => b.year - a.year)
  return sorted.map((entry, i) => {
    const previous = sorted[i + 1]
    if (!previous) return { ...entry, joined: [], left: [] }
    const before = new Set(previous.units.map((u) => u.unitId))
    const now = new Set(entry.units.map((u) => u.unitId))
    return {
      ...entry,
      joined: entry.units.filter((u) => !before.has(u.unitId)),
      left: previous.units.filter((u) => !now.has(u.unitId)),
    }
  })
}
