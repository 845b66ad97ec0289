/**
 * A district's party coverage (seed 003 §三(一): each kindergarten has its own party branch, or belongs to the
 * district's joint branch 联合党支部) grouped for reading: own branches, joint branches with their kindergartens,
 * and the kindergartens that belong to none.
 */
import type { CoveredUnit, PartyCoverage } from '@/api/governance'

export interface JointBranch {
  bodyId: number
  bodyName: string
  units: CoveredUnit[]
}

export interface CoverageGroups {
  single: CoveredUnit[]
  joint: JointBranch[]
  uncovered: PartyCoverage['uncovered']
  covered: number
  total: number
}

const byName = <T extends { unitName: string }>(a: T, b: T) => a.unitName.localeCompare(b.unitName, 'zh-CN')

export function coverageGroups(c: PartyCoverage): CoverageGroups {
  const single = c.covered.filter((u) => u.kind === 'PARTY_BRANCH').sort(byName)
  const joint = new Map<number, JointBranch>()
  for (const u of c.covered.filter((x) => x.kind === 'JOINT_PARTY_BRANCH')) {
    const branch = joint.get(u.bodyId) ?? { bodyId: u.bodyId, bodyName: u.bodyName, units: [] }
    branch.units.push(u)
    joint.set(u.bodyId, branch)
  }
  for (const b of joint.values()) b.units.sort(byName)
  return {
    single,
    joint: [...joint.values()].sort((a, b) => a.bodyName.localeCompare(b.bodyName, 'zh-CN')),
    uncovered: [...c.uncovered].sort(byName),
    covered: c.covered.length,
    total: c.covered.length + c.uncovered.length,
  }
}
