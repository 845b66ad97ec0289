/**
 * Rules for creating and editing bodies and members (API.md, "Bodies"), kept out of the page so they can be
 * tested: which bodies a district may still get, which districts the caller may create them in, the forms as
 * the server takes them, and a rule that names a kind of representative no member is.
 */
import {
  DEPARTMENTS,
  type BodyDetail,
  type BodyKind,
  type BodySettingsForm,
  type BodySummary,
  type Department,
  type MemberFields,
  type MemberView,
  type QuorumRule,
  type RepresentativeKind,
} from '@/api/governance'
import type { Role } from '@/api/types'

/** A body the caller could create: its kind and, for a committee's department, which one. */
export interface Creatable {
  kind: BodyKind
  department: Department | null
}

/** A district the caller may create bodies in; `preschool` null when the registry did not say. */
export interface DistrictChoice {
  id: number
  name: string
  preschool: boolean | null
}

/**
 * The bodies a district (or, with `districtId` null, the region) may still get: one council, one committee and
 * one department of each kind (preschool districts only, a department after its committee), any number of party
 * organisations; the region one joint meeting, created by the commission.
 */
export function creatableBodies(
  existing: readonly BodySummary[],
  districtId: number | null,
  preschool: boolean | null,
  commission: boolean,
): Creatable[] {
  if (districtId === null) {
    return commission && !existing.some((b) => b.kind === 'JOINT_MEETING')
      ? [{ kind: 'JOINT_MEETING', department: null }]
      : []
  }
  const own = existing.filter((b) => b.districtId === districtId)
  const has = (kind: BodyKind) => own.some((b) => b.kind === kind)
  const out: Creatable[] = []
  if (!has('COUNCIL')) out.push({ kind: 'COUNCIL', department: null })
  if (preschool !== false) {
    if (!has('COMMITTEE')) out.push({ kind: 'COMMITTEE', department: null })
    else
      for (const d of DEPARTMENTS)
        if (!own.some((b) => b.kind === 'DEPARTMENT' && b.department === d))
          out.push({ kind: 'DEPARTMENT', department: d })
  }
  out.push({ kind: 'PARTY_BRANCH', department: null }, { kind: 'JOINT_PARTY_BRANCH', department: null })
  return out
}

/**
 * Districts the caller may create bodies in (the server's `canEditDistrict`): an administrator any, a district
 * office its own, a unit those whose committee it sits on (it edits their bodies). The commission creates only
 * the region's joint meeting.
 */
export function editableDistricts(
  role: Role | null,
  ownDistrictIds: readonly number[],
  registry: readonly { id: number; name: string; kind: string }[],
  bodies: readonly BodySummary[],
): DistrictChoice[] {
  const fromRegistry = (keep: (id: number) => boolean) =>
    registry.filter((d) => keep(d.id)).map((d) => ({ id: d.id, name: d.name, preschool: d.kind === 'PRESCHOOL' }))
  if (role === 'ADMIN') return fromRegistry(() => true)
  if (role === 'DISTRICT_OFFICE') return fromRegistry((id) => ownDistrictIds.includes(id))
  if (role !== 'UNIT') return []
  const seen = new Map<number, DistrictChoice>()
  for (const b of bodies)
    if (b.canEdit && b.districtId !== null && !seen.has(b.districtId))
      seen.set(b.districtId, {
        id: b.districtId,
        name: b.districtName ?? String(b.districtId),
        // only preschool districts have committees, and a unit edits a district through its committee
        preschool: true,
      })
  return [...seen.values()]
}

/** The settings as edited: every field present (the server also takes some as absent). */
export type BodySettings = BodySettingsForm & { meetsMonthly: boolean; requiredKinds: RepresentativeKind[] }

/** The settings form of a body as read: the editor changes it and sends it back with the version read. */
export function settingsFormOf(detail: BodyDetail): BodySettings {
  return {
    name: detail.body.name,
    conveningUnitId: detail.body.conveningUnitId,
    quorumShare: detail.rule.share,
    requiredKinds: [...detail.rule.requiredKinds],
    approval: detail.rule.approval,
    meetsMonthly: detail.body.meetsMonthly,
    version: detail.body.version,
  }
}

/** The rule a settings form describes (to show it in words while it is edited). */
export function ruleOf(form: BodySettingsForm): QuorumRule {
  return { share: form.quorumShare, requiredKinds: [...(form.requiredKinds ?? [])], approval: form.approval }
}

/** An empty member form. */
export function blankMember(kind: RepresentativeKind = 'UNIT_HEAD'): MemberFields {
  return { personName: '', kind, role: 'MEMBER', unitId: null, organisation: null, title: null, username: null }
}

/** A member's fields as read, to edit. */
export function memberFieldsOf(m: MemberView): MemberFields {
  return {
    personName: m.personName,
    kind: m.kind,
    role: m.role,
    unitId: m.unitId,
    organisation: m.organisation,
    title: m.title,
    username: m.username,
  }
}

const blankToNull = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null)

/** The fields as sent: trimmed, blanks as null (the server keeps null, not ""). */
export function cleanMember(f: MemberFields): MemberFields {
  return {
    personName: f.personName.trim(),
    kind: f.kind,
    role: f.role ?? 'MEMBER',
    unitId: f.unitId ?? null,
    organisation: blankToNull(f.organisation),
    title: blankToNull(f.title),
    username: blankToNull(f.username),
  }
}

/**
 * Kinds the rule requires present that no member is: such a body never has a quorum (a council without a parent
 * member decides nothing), so the page warns before its first meeting does.
 */
export function kindsWithoutMember(rule: QuorumRule, members: readonly MemberView[]): RepresentativeKind[] {
  return rule.requiredKinds.filter((k) => !members.some((m) => m.kind === k))
}
