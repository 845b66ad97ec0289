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
import type { components } from './schema'

type Schemas = components['schemas']

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
export const STAGES = ['GUARANTEED', 'CHOICES', 'DISTRICT', 'REGION', 'APPEAL'] as const
export type Stage = (typeof STAGES)[number]
export const REJECTION_REASONS = ['OUTRANKED', 'NO_SEATS', 'NOT_OFFERED'] as const
export type RejectionReason = (typeof REJECTION_REASONS)[number]
export const APPEAL_STATUSES = ['FILED', 'UPHELD', 'REJECTED'] as const
export type AppealStatus = (typeof APPEAL_STATUSES)[number]
export const GENDERS = ['M', 'F'] as const
export type Gender = (typeof GENDERS)[number]

export type Ref = Schemas['EnrollmentViews.Ref']

// ---- cycles and policy ----

export type Cycle = Schemas['CycleController.CycleView']

export type PolicyRule = Schemas['CycleController.RuleView']

export type Policy = Schemas['CycleController.PolicyView']

export type PolicyUpdate = Schemas['CycleController.PolicyForm']

// ---- children ----

export type Child = Schemas['EnrollmentViews.ChildView']

/** The child form; an update adds `version`. */
export type ChildForm = Omit<Schemas['ChildController.ChildRequest'], 'version'>

export type ChildCreated = Schemas['ChildController.RegisteredView']

export interface ChildQuery extends PageRequest {
  cycleId?: number | null
  districtId?: number | null
  /** '' = all; 'true' / 'false' as sent on the wire. */
  eligible?: string | null
  q?: string
}

// ---- demand survey ----

type DemandLine = Schemas['DemandController.DemandLine']

/** The figures of one demand row. */
export type DemandRow = Pick<DemandLine, 'seats' | 'expected' | 'byTier' | 'gap'>

/** The server sends one DemandLine record in both lists: a district row has its district, a school row its unit. */
export type Demand = Omit<Schemas['DemandController.DemandView'], 'districts' | 'schools'> & {
  districts: (DemandLine & { district: Ref })[]
  schools: (DemandLine & { unit: Ref })[]
}

// ---- zones ----

export type Zone = Schemas['ZoneController.ZoneView']

/** The zone form; an update adds `version`. */
export type ZoneForm = Omit<Schemas['ZoneController.ZoneRequest'], 'version'>

export type ZoneLookupHit = Schemas['PublicEnrollmentController.LookupView']

// ---- applications ----

export type Choice = Schemas['EnrollmentViews.ChoiceView']

export type Guaranteed = Schemas['EnrollmentViews.GuaranteedView']

export type Application = Schemas['EnrollmentViews.ApplicationView']

export type OptionSchool = Schemas['EnrollmentViews.SchoolOptionView']

export type Options = Schemas['EnrollmentViews.OptionsView']

export interface ApplicationQuery extends PageRequest {
  cycleId?: number | null
  districtId?: number | null
  status?: ApplicationStatus | ''
  q?: string
}

// ---- runs and results ----

export type Run = Schemas['RunViews.RunView']

export type Cutoff = Schemas['RunController.CutoffView']

export type RunSchool = Schemas['RunController.SchoolView']

export type RunResult = Schemas['RunController.ResultView']

export interface ResultQuery extends PageRequest {
  unitId?: number | null
  districtId?: number | null
  /** '' = all; 'true' / 'false' on the wire. */
  placed?: string | null
  q?: string
}

export type Explanation = Schemas['RunViews.ExplanationView']

// ---- appeals ----

export type Appeal = Schemas['AppealController.AppealView']

export interface AppealQuery extends PageRequest {
  cycleId?: number | null
  status?: AppealStatus | ''
}

export type AppealDecision = Schemas['AppealController.DecideRequest']

// ---- public ----

export type PublicRun = Schemas['PublicEnrollmentController.PublicRun']

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

export type PublicResult = Schemas['PublicEnrollmentController.PublicResult']

/**
 * `cycle.open` is not sent by the server (its FamilyView.cycle is a plain Ref); canApply honours it when
 * present, as it did before the types were generated. Remove once the server decides either way.
 */
export type FamilyView = Omit<Schemas['FamilyController.FamilyView'], 'cycle'> & { cycle: Ref & { open?: boolean } }

/** An address block as the registry lists it (for zone and child forms). */
export type AddressBlockRow = Schemas['AddressBlockController.AddressBlockView']

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
  /** Turns the draw's region stage (区级统筹) on or off; 409 once a run of the cycle is committed. */
  setRegionStage: (id: number, regionStage: boolean, version: number) =>
    http.put<Cycle>(`${base}/cycles/${id}/region-stage`, { regionStage, version }),
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
  verify: (id: number, seed: string) =>
    http.post<Verification>(`${pub}/runs/${id}/verify`, { seed }, { authRedirect: false }),

  signIn: (idNumber: string, accessCode: string) =>
    http.post<FamilyView>(`${pub}/family/sign-in`, { idNumber, accessCode }, { authRedirect: false }),
  me: () => http.get<FamilyView>(`${pub}/family/me`, { authRedirect: false }),
  apply: (choiceUnitIds: number[]) =>
    http.post<FamilyView>(`${pub}/family/application`, { choiceUnitIds }, { authRedirect: false }),
  appeal: (reason: string) => http.post<FamilyView>(`${pub}/family/appeal`, { reason }, { authRedirect: false }),
  signOut: () => http.post<void>(`${pub}/family/sign-out`, undefined, { authRedirect: false }),
}
