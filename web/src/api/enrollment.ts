/**
 * Enrollment (招生入学): cycles and policy, school-age children, demand survey, attendance zones,
 * applications, allocation runs, results, appeals, and the public pages (zone look-up, draw
 * verification, family service). Shapes follow server/…/enrollment/API.md.
 *
 * Personal data: `idNumber` arrives masked for roles that do not need it. Show what the server
 * sends; never log responses.
 */
import { http, requestBlob } from './client'
import type { ExcelImportJob, ExcelJobStarted, Page, PageRequest } from './types'

// ---- enums ----

export const LEVELS = ['PRIMARY', 'JUNIOR'] as const
export type Level = (typeof LEVELS)[number]
export const HUKOU_TYPES = ['LOCAL', 'BEIJING', 'NON_BEIJING'] as const
export type HukouType = (typeof HUKOU_TYPES)[number]
export const CATEGORIES = ['SIBLING', 'MIGRANT_WITH_PERMIT', 'DISABILITY', 'MILITARY', 'MARTYR', 'TALENT'] as const
export type Category = (typeof CATEGORIES)[number]
export const CONDITIONS = [
  'HUKOU_IN_ZONE',
  'PROPERTY_IN_ZONE',
  'HUKOU_AT_PROPERTY',
  'RESIDENCE_IN_ZONE',
  'RESIDENCE_PERMIT',
  'SIBLING_AT_SCHOOL',
  'POLICY_CATEGORY',
] as const
export type Condition = (typeof CONDITIONS)[number]
export const ZONE_KINDS = ['SINGLE', 'MULTI'] as const
export type ZoneKind = (typeof ZONE_KINDS)[number]
export const APPLICATION_STATUSES = ['SUBMITTED', 'WITHDRAWN'] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]
export const SUBMITTERS = ['FAMILY', 'OFFICE'] as const
export type Submitter = (typeof SUBMITTERS)[number]
export const RUN_STATUSES = ['DRAFT', 'COMMITTED', 'EXECUTED', 'REVIEWED', 'PUBLISHED'] as const
export type RunStatus = (typeof RUN_STATUSES)[number]
export const MECHANISMS = ['BOSTON', 'DA', 'SERIAL'] as const
export type Mechanism = (typeof MECHANISMS)[number]
export const STAGES = ['GUARANTEED', 'CHOICES', 'DISTRICT', 'APPEAL'] as const
export type Stage = (typeof STAGES)[number]
export const REJECTION_REASONS = ['OUTRANKED', 'NO_SEATS', 'NOT_OFFERED'] as const
export type RejectionReason = (typeof REJECTION_REASONS)[number]
export const APPEAL_STATUSES = ['FILED', 'UPHELD', 'REJECTED'] as const
export type AppealStatus = (typeof APPEAL_STATUSES)[number]
export const GENDERS = ['M', 'F'] as const
export type Gender = (typeof GENDERS)[number]

export interface Ref {
  id: number
  name: string
}

// ---- cycles and policy ----

export interface Cycle {
  id: number
  regionCode: string
  schoolYear: number
  level: Level
  name: string
  birthDateCutoff: string | null
  /** An instant (ISO-8601 UTC). */
  applicationDeadline: string | null
  open: boolean
  /** Sent by the server, not in API.md. */
  maxChoices?: number
  policy: Ref | null
  counts: { children: number; eligible: number; applications: number }
  version: number
}

export interface PolicyRule {
  rank: number
  label: string
  conditions: Condition[]
  minPropertyYears: number | null
}

export interface Policy {
  id: number
  regionCode: string
  name: string
  rules: PolicyRule[]
  version: number
}

export interface PolicyUpdate {
  name: string
  rules: Omit<PolicyRule, 'rank'>[]
  version: number
}

// ---- children ----

export interface Child {
  id: number
  regionCode: string
  name: string
  /** Full for the commission and district offices; otherwise the region code only (`110102************`). */
  idNumber: string
  /** Null where the number is masked: the day would narrow the number down (see birthMonth). */
  birthDate: string | null
  /** `YYYY-MM`, always. */
  birthMonth: string
  gender: Gender
  eligible: boolean
  hukouType: HukouType
  hukouBlock: Ref | null
  hukouAddress: string | null
  residenceBlock: Ref | null
  district: Ref | null
  propertyOwned: boolean
  propertyBlock: Ref | null
  propertySince: string | null
  residenceSince: string | null
  categories: Category[]
  siblingUnit: Ref | null
  primaryUnit: Ref | null
  level: Level
  schoolYear: number
  version: number
}

export interface ChildForm {
  cycleId: number | null
  name: string
  idNumber: string
  birthDate: string | null
  hukouType: HukouType | null
  hukouBlockId: number | null
  hukouAddress: string
  residenceBlockId: number | null
  propertyOwned: boolean
  propertyBlockId: number | null
  propertySince: string | null
  residenceSince: string | null
  categories: Category[]
  siblingUnitId: number | null
  primaryUnitId: number | null
}

export interface ChildCreated {
  child: Child
  familyAccessCode: string
}

export interface ChildQuery extends PageRequest {
  cycleId?: number | null
  districtId?: number | null
  /** '' = all; 'true' / 'false' as sent on the wire. */
  eligible?: string | null
  q?: string
}

// ---- demand survey ----

export interface DemandRow {
  seats: number
  expected: number
  byTier: number[]
  gap: number
}

export interface Demand {
  cycle: Ref
  tiers: { rank: number; label: string }[]
  districts: (DemandRow & { district: Ref })[]
  schools: (DemandRow & { unit: Ref; district: Ref | null })[]
}

// ---- zones ----

export interface Zone {
  id: number
  name: string
  kind: ZoneKind
  district: Ref | null
  schools: Ref[]
  blocks: Ref[]
  version: number
}

export interface ZoneForm {
  cycleId: number | null
  name: string
  kind: ZoneKind
  districtId: number | null
  schoolIds: number[]
  blockIds: number[]
}

export interface ZoneLookupHit {
  block: { id: number; name: string; community: string | null; subdistrict: string | null }
  cycle: { id: number; name: string; schoolYear: number; level: Level }
  zone: { name: string; kind: ZoneKind } | null
  schools: { id: number; name: string; address: string | null }[]
  tier: { rank: number; label: string } | null
}

// ---- applications ----

export interface TieredUnit {
  unit: Ref
  tier: number
  tierLabel: string
  reasons: string[]
}

export interface Choice extends TieredUnit {
  rank: number
}

export interface Guaranteed {
  unit: Ref
  reason: string
}

export interface PersonRef {
  id: number
  name: string
  idNumber: string
}

export interface Application {
  id: number
  number: string
  cycle: Ref
  child: PersonRef
  choices: Choice[]
  guaranteed: Guaranteed | null
  status: ApplicationStatus
  submittedBy: Submitter
  submittedAt: string
  version: number
}

export interface OptionSchool extends TieredUnit {
  inZone: boolean
}

export interface Options {
  eligible: boolean
  ineligibleReason: string | null
  zone: { name: string; kind: ZoneKind } | null
  guaranteed: Guaranteed | null
  schools: OptionSchool[]
  maxChoices: number
  /** An instant (ISO-8601 UTC). */
  deadline: string | null
}

export interface ApplicationQuery extends PageRequest {
  cycleId?: number | null
  districtId?: number | null
  status?: ApplicationStatus | ''
  q?: string
}

// ---- runs and results ----

export interface Run {
  id: number
  cycle: Ref
  name: string
  mechanism: Mechanism
  status: RunStatus
  seedCommitment: string | null
  seed: string | null
  createdAt: string | null
  committedAt: string | null
  executedAt: string | null
  reviewedAt: string | null
  publishedAt: string | null
  applicants: number
  placed: number
  unplaced: number
  version: number
}

export interface Cutoff {
  stage: Stage
  tier: number
  tierLabel: string
  lottery: string
  round: number | null
}

export interface RunSchool {
  unit: Ref
  district: Ref | null
  seats: number
  admitted: number
  guaranteed: number
  cutoff: Cutoff | null
}

export interface RunResult {
  applicationNumber: string
  child: PersonRef
  unit: Ref | null
  stage: Stage | null
  choiceRank: number | null
  tier: number | null
  tierLabel: string | null
  lottery: string
}

export interface ResultQuery extends PageRequest {
  unitId?: number | null
  districtId?: number | null
  /** '' = all; 'true' / 'false' on the wire. */
  placed?: string | null
  q?: string
}

export interface Rejection {
  unit: Ref
  choice: number | null
  stage: Stage | null
  reason: RejectionReason
  round: number | null
  tier: number | null
  tierLabel: string | null
  cutoffTier: number | null
  cutoffTierLabel: string | null
  cutoffLottery: string | null
}

export interface Explanation {
  applicationNumber: string
  lottery: string
  placement: {
    unit: Ref | null
    choice: number | null
    stage: Stage | null
    tier: number | null
    tierLabel: string | null
    round: number | null
    guaranteed: boolean
  } | null
  rejections: Rejection[]
  lines: string[]
}

export interface RunJobResult {
  applicants?: number
  placed?: number
  unplaced?: number
  [key: string]: unknown
}

// ---- appeals ----

export interface Appeal {
  id: number
  run: Ref
  applicationNumber: string
  child: PersonRef
  reason: string
  status: AppealStatus
  filedBy: Submitter
  filedAt: string
  decision: string | null
  decidedBy: string | Ref | null
  decidedAt: string | null
  reassignedUnit: Ref | null
  version: number
}

export interface AppealQuery extends PageRequest {
  cycleId?: number | null
  status?: AppealStatus | ''
}

export interface AppealDecision {
  outcome: 'UPHELD' | 'REJECTED'
  decision: string
  reassignUnitId: number | null
  version: number
}

// ---- public ----

export interface PublicRun {
  id: number
  regionCode: string
  cycle: { name: string; schoolYear: number; level: Level }
  name: string
  mechanism: Mechanism
  status: RunStatus
  seedCommitment: string | null
  seed: string | null
  committedAt: string | null
  publishedAt: string | null
  applicants: number
}

export interface Verification {
  seedMatchesCommitment: boolean
  resultMatches: boolean
  applicants: number
  placed: number
  /** All differences; `differences` lists at most 20. */
  differenceCount?: number
  /** `published` / `replayed` may arrive as `{}` (no school) rather than null. */
  differences: { applicationNumber: string; published: Partial<Ref> | null; replayed: Partial<Ref> | null }[]
  lottery: { seed: string; sample: { applicationNumber: string; lottery: string }[] }
}

export interface PublicResult {
  applicationNumber: string
  lottery: string
  unit: Ref | null
  stage: Stage | null
}

export interface FamilyResult {
  applicationNumber: string
  lottery: string
  unit: Ref | null
  stage: Stage | null
  run: Ref
  explanation: Explanation | null
}

export interface FamilyView {
  child: { name: string; idNumber: string; birthDate: string }
  cycle: Ref & { open?: boolean }
  options: Options | null
  application: Application | null
  result: FamilyResult | null
  appeal: { id: number; reason: string; status: AppealStatus; decision: string | null } | null
}

/** An address block as the registry lists it (for zone and child forms). */
export interface AddressBlockRow {
  id: number
  name: string
  community: string | null
  subdistrictCode: string | null
}

// ---- endpoints ----

const base = '/api/enrollment'
const pub = '/api/public/enrollment'

function fileForm(file: File): FormData {
  const form = new FormData()
  form.append('file', file, file.name)
  return form
}

export const enrollmentApi = {
  cycles: () => http.get<Cycle[]>(`${base}/cycles`),
  cycle: (id: number) => http.get<Cycle>(`${base}/cycles/${id}`),
  policies: () => http.get<Policy[]>(`${base}/policies`),
  updatePolicy: (id: number, body: PolicyUpdate) => http.put<Policy>(`${base}/policies/${id}`, body),

  children: (q: ChildQuery, signal?: AbortSignal) => http.get<Page<Child>>(`${base}/children`, { query: q, signal }),
  child: (id: number) => http.get<Child>(`${base}/children/${id}`),
  createChild: (body: ChildForm) => http.post<ChildCreated>(`${base}/children`, body),
  updateChild: (id: number, body: ChildForm & { version: number }) => http.put<Child>(`${base}/children/${id}`, body),
  /** A new family access code (the old one stops working); not in API.md. */
  resetAccessCode: (id: number) => http.post<{ familyAccessCode: string }>(`${base}/children/${id}/access-code`),
  childrenTemplate: () => requestBlob('GET', `${base}/excel/children/template`),
  childrenExport: (cycleId: number) => requestBlob('GET', `${base}/excel/children`, { query: { cycleId } }),
  childrenImport: (cycleId: number, file: File) =>
    http.post<ExcelJobStarted>(`${base}/excel/children`, undefined, {
      query: { cycleId, async: true },
      form: fileForm(file),
    }),
  childrenAnnotated: (cycleId: number, file: File) =>
    requestBlob('POST', `${base}/excel/children/annotated`, { query: { cycleId }, form: fileForm(file) }),

  demand: (cycleId: number) => http.get<Demand>(`${base}/demand`, { query: { cycleId } }),
  demandExport: (cycleId: number) => requestBlob('GET', `${base}/demand/export`, { query: { cycleId } }),

  zones: (cycleId: number, districtId?: number | null) =>
    http.get<Zone[]>(`${base}/zones`, { query: { cycleId, districtId } }),
  createZone: (body: ZoneForm) => http.post<Zone>(`${base}/zones`, body),
  updateZone: (id: number, body: ZoneForm & { version: number }) => http.put<Zone>(`${base}/zones/${id}`, body),

  applications: (q: ApplicationQuery, signal?: AbortSignal) =>
    http.get<Page<Application>>(`${base}/applications`, { query: q, signal }),
  options: (cycleId: number, childId: number) =>
    http.get<Options>(`${base}/applications/options`, { query: { cycleId, childId } }),
  submitApplication: (cycleId: number, childId: number, choiceUnitIds: number[]) =>
    http.post<Application>(`${base}/applications`, { cycleId, childId, choiceUnitIds }),
  updateApplication: (id: number, choiceUnitIds: number[], version: number) =>
    http.put<Application>(`${base}/applications/${id}`, { choiceUnitIds, version }),
  withdrawApplication: (id: number, version: number) =>
    http.post<Application>(`${base}/applications/${id}/withdraw`, { version }),

  runs: (cycleId?: number | null) => http.get<Run[]>(`${base}/runs`, { query: { cycleId } }),
  run: (id: number) => http.get<Run>(`${base}/runs/${id}`),
  createRun: (cycleId: number, name: string, mechanism: Mechanism) =>
    http.post<Run>(`${base}/runs`, { cycleId, name, mechanism }),
  commitRun: (id: number, version: number) => http.post<Run>(`${base}/runs/${id}/commit`, { version }),
  executeRun: (id: number, version: number) => http.post<ExcelJobStarted>(`${base}/runs/${id}/execute`, { version }),
  reviewRun: (id: number, version: number) => http.post<Run>(`${base}/runs/${id}/review`, { version }),
  publishRun: (id: number, version: number) => http.post<Run>(`${base}/runs/${id}/publish`, { version }),
  runSchools: (id: number) => http.get<RunSchool[]>(`${base}/runs/${id}/schools`),
  runResults: (id: number, q: ResultQuery, signal?: AbortSignal) =>
    http.get<Page<RunResult>>(`${base}/runs/${id}/results`, { query: q, signal }),
  explanation: (id: number, applicationNumber: string) =>
    http.get<Explanation>(`${base}/runs/${id}/results/${encodeURIComponent(applicationNumber)}/explanation`),
  notice: (id: number, applicationNumber: string) =>
    requestBlob('GET', `${base}/runs/${id}/notices/${encodeURIComponent(applicationNumber)}.pdf`),
  schoolNotices: (id: number, unitId: number) =>
    requestBlob('GET', `${base}/runs/${id}/notices.pdf`, { query: { unitId } }),
  job: (jobId: string, signal?: AbortSignal) =>
    http.get<ExcelImportJob>(`/api/platform/jobs/${encodeURIComponent(jobId)}`, { signal }),

  appeals: (q: AppealQuery, signal?: AbortSignal) => http.get<Page<Appeal>>(`${base}/appeals`, { query: q, signal }),
  fileAppeal: (runId: number, applicationNumber: string, reason: string) =>
    http.post<Appeal>(`${base}/appeals`, { runId, applicationNumber, reason }),
  decideAppeal: (id: number, body: AppealDecision) => http.post<Appeal>(`${base}/appeals/${id}/decide`, body),

  /** Registry address blocks by name, for zone and child forms. */
  blocks: (name: string, signal?: AbortSignal) =>
    http.get<Page<AddressBlockRow>>('/api/registry/address-blocks', { query: { name, size: 30 }, signal }),
}

/** Endpoints without login (parents and the public). */
export const publicEnrollmentApi = {
  zoneLookup: (q: string, answers: { hukou: boolean; property: boolean; permit: boolean }) =>
    http.get<ZoneLookupHit[]>(`${pub}/zone-lookup`, { query: { q, ...answers }, authRedirect: false }),
  runs: () => http.get<PublicRun[]>(`${pub}/runs`, { authRedirect: false }),
  inputsUrl: (id: number) => `${pub}/runs/${id}/inputs.csv`,
  /** Seats per school as the draw used them (not in API.md). */
  schoolsUrl: (id: number) => `${pub}/runs/${id}/schools.csv`,
  /** The number and one fact the family holds (birth date or access code); sent in the body, not the URL. */
  result: (id: number, number: string, proof: { birthDate?: string; accessCode?: string }) =>
    http.post<PublicResult>(`${pub}/runs/${id}/result`, { number, ...proof }, { authRedirect: false }),
  verify: (id: number, seed: string) => http.post<Verification>(`${pub}/runs/${id}/verify`, { seed }, { authRedirect: false }),

  signIn: (idNumber: string, accessCode: string) =>
    http.post<FamilyView>(`${pub}/family/sign-in`, { idNumber, accessCode }, { authRedirect: false }),
  me: () => http.get<FamilyView>(`${pub}/family/me`, { authRedirect: false }),
  apply: (choiceUnitIds: number[]) =>
    http.post<FamilyView>(`${pub}/family/application`, { choiceUnitIds }, { authRedirect: false }),
  appeal: (reason: string) => http.post<FamilyView>(`${pub}/family/appeal`, { reason }, { authRedirect: false }),
  signOut: () => http.post<void>(`${pub}/family/sign-out`, undefined, { authRedirect: false }),
}
