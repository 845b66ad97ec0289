/**
 * What the caller may create among charters and work plans (API.md, "Charters", "Work plans"): the commission the
 * bureau's template (one), a district's editors its charter (one per district); a district's editors one plan a year
 * for each council, committee or department they edit.
 */
import type { BodySummary, CharterSummary, WorkPlanView } from '@/api/governance'

/** A charter that can be created: the template (`districtId` null) or a district's. */
export interface NewCharterChoice {
  districtId: number | null
  districtName: string | null
}

export function charterChoices(
  charters: readonly CharterSummary[],
  editable: readonly { id: number; name: string }[],
  commission: boolean,
): NewCharterChoice[] {
  const out: NewCharterChoice[] = []
  if (commission && !charters.some((c) => c.template)) out.push({ districtId: null, districtName: null })
  for (const d of editable)
    if (!charters.some((c) => c.districtId === d.id)) out.push({ districtId: d.id, districtName: d.name })
  return out
}

const PLANNING_KINDS = new Set<BodySummary['kind']>(['COUNCIL', 'COMMITTEE', 'DEPARTMENT'])

/** The district's bodies the caller may start a plan for in `year`: editable, a planning kind, none that year. */
export function planBodies(
  bodies: readonly BodySummary[],
  districtId: number | null,
  year: number,
  plans: readonly WorkPlanView[],
): BodySummary[] {
  return bodies.filter(
    (b) =>
      b.canEdit &&
      b.districtId !== null &&
      b.districtId === districtId &&
      PLANNING_KINDS.has(b.kind) &&
      !plans.some((p) => p.bodyId === b.id && p.year === year),
  )
}
