/**
 * Supervision (督导): shapes and calls of /api/supervision and /api/public/supervision, as written in
 * server/src/main/java/org/xuequ/supervision/API.md. The shapes follow that contract field by field
 * (enumeration strings narrowed to their values).
 */
import { http, requestBlob } from './client'

const base = '/api/supervision'
const publicBase = '/api/public/supervision'

// ---- enumerations ----

export const INSPECTOR_KINDS = ['FULL_TIME', 'PART_TIME', 'LIAISON'] as const
export type InspectorKind = (typeof INSPECTOR_KINDS)[number]
export const SCORINGS = ['LEVELS', 'POINTS'] as const
export type Scoring = (typeof SCORINGS)[number]
export const LEVELS = ['A', 'B', 'C', 'D'] as const
export type Level = (typeof LEVELS)[number]
/** Share of a criterion's points a level earns (API.md, Scoring). */
export const LEVEL_SHARE: Record<Level, number> = { A: 1, B: 0.8, C: 0.6, D: 0 }
export const PLAN_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const
export type PlanStatus = (typeof PLAN_STATUSES)[number]
export const DRAW_STATUSES = ['COMMITTED', 'DRAWN', 'REVEALED'] as const
export type DrawStatus = (typeof DRAW_STATUSES)[number]
export const INSPECTION_KINDS = ['ROUTINE', 'SPECIAL', 'COMPREHENSIVE', 'RANDOM'] as const
export type InspectionKind = (typeof INSPECTION_KINDS)[number]
/** RANDOM inspections are drawn only, never entered by hand. */
export const HAND_KINDS = ['ROUTINE', 'SPECIAL', 'COMPREHENSIVE'] as const
export type ConductedBy = 'INSPECTOR' | 'UNIT'
export type InspectionStatus = 'DRAFT' | 'SUBMITTED'
export const SEVERITIES = ['GENERAL', 'MAJOR', 'HARD'] as const
export type Severity = (typeof SEVERITIES)[number]
export const FINDING_STATUSES = ['OPEN', 'ESCALATED', 'ORDERED', 'ANSWERED', 'RECHECKED', 'CLOSED', 'REOPENED'] as const
export type FindingStatus = (typeof FINDING_STATUSES)[number]
export const STEPS = ['EDIT', 'ESCALATE', 'ORDER', 'ANSWER', 'RECHECK', 'CLOSE', 'REOPEN'] as const
export type Step = (typeof STEPS)[number]
export const RULE_KINDS = [
  'BASE',
  'INSPECTION_SCORE',
  'GENERAL_FINDING',
  'MAJOR_FINDING',
  'HARD_FINDING',
  'OVERDUE',
  'RELAPSE',
  'SELF_SUPERVISION',
  'CLOSED_ON_TIME',
] as const
export type RuleKind = (typeof RULE_KINDS)[number]

/** Problem types the console reacts to (`urn:xuequ:problem:<key>`). */
export const SUPERVISION_PROBLEMS = {
  draftConflict: 'supervision-draft-conflict',
  submitted: 'supervision-inspection-submitted',
  plannedStarted: 'supervision-planned-started',
  drawNotRevealed: 'supervision-draw-not-revealed',
  stale: 'stale',
} as const

// ---- inspectors ----

export interface Assignment {
  districtId: number
  districtName: string
  unitId: number | null
  unitName: string | null
  since: string | null
}
export interface InspectorView {
  id: number
  version: number
  fields: {
    kind: InspectorKind
    personName: string
    districtId: number | null
    username: string | null
    appointedOn: string | null
    delegatedOn: string | null
    endsOn: string | null
  }
  districtName: string | null
  inOffice: boolean
  fromRegistry: boolean
  assignments: Assignment[]
}
/** What the commission enters for an inspector or liaison. */
export interface InspectorFields {
  kind: InspectorKind
  personName: string
  districtId: number | null
  username: string | null
  appointedOn: string | null
  delegatedOn: string | null
  endsOn: string | null
}
/** One responsibility: a whole district (no unit) or one member unit, since a date. */
export interface AssignmentInput {
  districtId: number
  unitId: number | null
  since: string | null
}
export interface InspectorMe {
  inspector: InspectorView | null
  unitIds: number[]
  districtIds: number[]
}
export interface WorkloadInspector {
  inspectorId: number
  personName: string
  kind: InspectorKind
  units: number
  planned: number
  done: number
  openFindings: number
  overdueFindings: number
}
export interface Workload {
  districtId: number
  districtName: string
  districtKind: string
  fullTime: number
  partTime: number
  liaisons: number
  memberUnits: number
  meetsStaffing: boolean
  unitsWithoutLiaison: string[]
  inspectors: WorkloadInspector[]
}

// ---- rubrics ----

export interface Criterion {
  id: number
  code: string
  textZh: string
  textEn: string
  scoring: Scoring
  maxPoints: number
  evidenceRequired: boolean
}
export interface RubricItem {
  code: string
  nameZh: string
  nameEn: string
  criteria: Criterion[]
}
export interface RubricDomain {
  code: string
  nameZh: string
  nameEn: string
  maxPoints: number
  items: RubricItem[]
}
export interface RubricView {
  id: number
  version: number
  name: string
  edition: number
  basedOnId: number | null
  inUse: boolean
  maxPoints: number
  criterionCount: number
  domains: RubricDomain[]
}

// ---- plans and draws ----

export interface Progress {
  kind: InspectionKind
  planned: number
  done: number
}
export interface PlannedLine {
  id: number
  kind: InspectionKind
  unitId: number
  unitName: string
  plannedOn: string | null
  inspectorId: number | null
  inspectorName: string | null
  topic: string | null
  drawId: number | null
  lotteryNumber: string | number | null
  inspectionId: number | null
  inspectionStatus: InspectionStatus | null
}
export interface DrawnUnit {
  unitId: number
  unitName?: string
  number: string | number
  date: string
}
export interface DrawView {
  id: number
  planId: number
  districtName: string
  schoolYear: number
  semester: number
  status: DrawStatus
  unitsToDraw: number
  windowFrom: string
  windowTo: string
  candidates: { id: number; name: string }[]
  seedCommitment: string
  seed: string | null
  committedAt: string
  drawnAt: string | null
  revealedAt: string | null
  drawn: DrawnUnit[]
}
export interface PlanView {
  id: number
  version: number
  districtId: number
  districtName: string
  schoolYear: number
  semester: number
  termZh: string
  termEn: string
  status: PlanStatus
  note: string | null
  submittedAt: string | null
  submittedBy: string | null
  decidedAt: string | null
  decidedBy: string | null
  decisionNote: string | null
  canEdit: boolean
  canSubmit: boolean
  canDecide: boolean
  canDraw: boolean
  progress: Progress[]
  planned: PlannedLine[]
  draws: DrawView[]
}
export interface PlannedInput {
  kind: InspectionKind
  unitId: number
  plannedOn?: string | null
  inspectorId?: number | null
  topic?: string | null
}
export interface VerifyResult {
  seedMatchesCommitment: boolean
  resultMatches: boolean
  published: DrawnUnit[]
  replayed: DrawnUnit[]
}

// ---- inspections ----

export interface ScoreEntry {
  criterionId: number
  level: Level | null
  points: number | null
  note: string | null
}
export interface DraftFinding {
  criterionId: number
  severity: Severity
  description: string
  evidence: string | null
  requirement: string | null
  /** Ids of this inspection's photos that show it. */
  photoIds: number[] | null
}
export interface DomainResult {
  code: string
  nameZh: string
  nameEn: string
  points: number
  maxPoints: number
  rate: number | null
}
export interface InspectionSummary {
  id: number
  unitId: number
  unitName: string
  districtId: number
  districtName: string
  kind: InspectionKind
  conductedBy: ConductedBy
  status: InspectionStatus
  visitedOn: string
  rate: number | null
  findings: number
  createdBy: string
}
export interface InspectionContext {
  openFindings: FindingView[]
  previous: InspectionSummary | null
  previousDomains: DomainResult[]
  lastSelf: InspectionSummary | null
  lastSelfDomains: DomainResult[]
}
export interface InspectionView {
  id: number
  version: number
  unitId: number
  unitName: string
  districtId: number
  districtName: string
  kind: InspectionKind
  conductedBy: ConductedBy
  status: InspectionStatus
  visitedOn: string
  topic: string | null
  summary: string | null
  rubricId: number
  rubricName: string
  planId: number | null
  plannedId: number | null
  inspectorId: number | null
  score: number | null
  maxScore: number | null
  rate: number | null
  scores: ScoreEntry[]
  draftFindings: DraftFinding[]
  findingIds: number[]
  domains: DomainResult[]
  canEdit: boolean
  canSubmit: boolean
  updatedAt: string
  updatedBy: string
  context: InspectionContext | null
}
/** The whole draft, as PUT /inspections/{id}/draft takes it. */
export interface DraftContent {
  visitedOn: string
  topic?: string | null
  summary?: string | null
  scores: { criterionId: number; level?: Level | null; points?: number | null; note?: string | null }[]
  findings: {
    criterionId: number
    severity: Severity
    description: string
    evidence?: string | null
    requirement?: string | null
    /** Ids of this inspection's photos that show it. */
    photoIds?: number[] | null
  }[]
}
export interface StartInspection {
  planId?: number
  plannedId?: number
  unitId?: number
  kind?: InspectionKind
  rubricId?: number
  visitedOn?: string
  topic?: string
}
export interface InspectionQuery {
  districtId?: number | null
  unitId?: number | null
  kind?: InspectionKind | ''
  conductedBy?: ConductedBy | ''
  status?: InspectionStatus | ''
  from?: string
  to?: string
}
export interface Proposal {
  unitId: number
  unitName: string
  districtId: number
  districtName: string
  openMajorOrHard: number
  lastRate: number | null
  lastVisited: string | null
  daysSinceVisit: number | null
}
export interface UnitHistory {
  unitId: number
  unitName: string
  inspections: InspectionSummary[]
  context: InspectionContext | null
}
export interface PhotoView {
  id: number
  inspectionId: number
  criterionId: number | null
  findingId: number | null
  contentType: string
  sizeBytes: number
  createdAt: string
  url: string
}

// ---- findings ----

export interface FindingView {
  id: number
  version: number
  unitId: number
  unitName: string
  districtId: number
  districtName: string
  inspectionId: number
  criterionId: number
  criterionCode: string
  criterionText: string
  domainCode: string
  domainName: string
  severity: Severity
  description: string
  evidence: string | null
  requirement: string | null
  status: FindingStatus
  foundOn: string
  relapse: boolean
  relapseOfId: number | null
  overdue: boolean
  daysLeft: number | null
  escalatedAt: string | null
  order: { owner: string; deadline: string; requirement: string; orderedAt: string; orderedBy: string } | null
  answer: { measures: string; evidence: string; answeredAt: string; answeredBy: string } | null
  recheck: {
    inspectionId: number | null
    passed: boolean | null
    note: string | null
    rechecked: string
    by: string
  } | null
  closedAt: string | null
  reopenCount: number
  photoUrls: string[]
  steps: Step[]
}
export interface FindingQuery {
  districtId?: number | null
  unitId?: number | null
  status?: FindingStatus | ''
  severity?: Severity | ''
  overdue?: boolean | null
  open?: boolean | null
}
export interface Notice {
  id: number
  findingId: number
  kind: string
  audience: string
  unitId: number
  districtId: number
  deadline: string | null
  createdAt: string
}

// ---- points ----

export interface PointsRow {
  unitId: number
  unitName: string
  districtId: number
  districtName: string
  points: number
  additions: number
  deductions: number
  entries: number
  rank: number
}
export interface PointsEntry {
  id: number
  kind: RuleKind
  points: number
  sourceType: 'INSPECTION' | 'FINDING'
  sourceId: number
  occurredOn: string
  updatedAt: string
}
export interface UnitLedger {
  unitId: number
  unitName: string
  year: number
  base: number
  total: number
  entries: PointsEntry[]
}
export interface PointsRule {
  kind: RuleKind
  points: number
  threshold: number | null
  version: number
  updatedBy: string | null
}

// ---- reports ----

export interface ReportView {
  districtId: number
  districtName: string
  schoolYear: number
  semester: number
  termZh: string
  termEn: string
  from: string
  to: string
  generatedAt: string
  inspections: {
    planned: number
    done: number
    byKind: Progress[]
    averageRate: number | null
    selfSupervisions: number
  }
  findings: {
    total: number
    general: number
    major: number
    hard: number
    byDomain: { domainCode: string; domainName: string; general: number; major: number; hard: number; total: number }[]
  }
  rectification: {
    ordered: number
    closed: number
    closedOnTime: number
    overdue: number
    relapsed: number
    open: number
  }
  points: PointsRow[]
}
export interface ReportQuery {
  districtId: number
  schoolYear?: number
  semester?: number
}
export interface OpenFindingsPoint {
  unitId: number
  unitName: string
  districtId: number | null
  districtName: string | null
  longitude: number | null
  latitude: number | null
  open: number
  overdue: number
  majorOrHard: number
}

export interface TermQuery {
  schoolYear?: number
  semester?: number
}

function fileForm(file: Blob, name = 'photo.jpg'): FormData {
  const form = new FormData()
  form.append('file', file, name)
  return form
}

export const supervisionApi = {
  // inspectors
  me: () => http.get<InspectorMe>(`${base}/inspectors/me`),
  inspectors: (districtId?: number | null) =>
    http.get<InspectorView[]>(`${base}/inspectors`, { query: { districtId } }),
  workload: (q: TermQuery = {}) => http.get<Workload[]>(`${base}/inspectors/workload`, { query: q }),

  createInspector: (fields: InspectorFields) => http.post<InspectorView>(`${base}/inspectors`, fields),
  updateInspector: (id: number, fields: InspectorFields, version: number) =>
    http.put<InspectorView>(`${base}/inspectors/${id}`, { fields, version }),
  assignInspector: (id: number, assignments: AssignmentInput[], version: number) =>
    http.put<InspectorView>(`${base}/inspectors/${id}/assignments`, { assignments, version }),
  importInspectors: () => http.post<{ created: number; unchanged: number }>(`${base}/inspectors/import-registry`),

  // rubrics
  rubrics: () => http.get<RubricView[]>(`${base}/rubrics`),
  rubric: (id: number) => http.get<RubricView>(`${base}/rubrics/${id}`),
  newEdition: (id: number) => http.post<RubricView>(`${base}/rubrics/${id}/editions`),
  rubricTemplate: () => requestBlob('GET', `${base}/rubrics/template`),
  rubricExport: (id: number) => requestBlob('GET', `${base}/rubrics/${id}/export`),
  rubricImport: (name: string, file: File) =>
    http.post<RubricView>(`${base}/rubrics/import`, undefined, { query: { name }, form: fileForm(file, file.name) }),
  rubricAnnotated: (file: File) =>
    requestBlob('POST', `${base}/rubrics/import/annotated`, { form: fileForm(file, file.name) }),

  // plans and draws
  plans: (q: TermQuery = {}) => http.get<PlanView[]>(`${base}/plans`, { query: q }),
  plan: (id: number) => http.get<PlanView>(`${base}/plans/${id}`),
  createPlan: (body: { districtId: number; schoolYear?: number; semester?: number; note?: string }) =>
    http.post<PlanView>(`${base}/plans`, body),
  updatePlan: (id: number, fields: { note?: string | null; planned: PlannedInput[] }, version: number) =>
    http.put<PlanView>(`${base}/plans/${id}`, { fields, version }),
  planStep: (id: number, step: 'submit' | 'approve' | 'return', version: number, note?: string) =>
    http.post<PlanView>(`${base}/plans/${id}/${step}`, { note, version }),
  commitDraw: (
    planId: number,
    body: { count: number; windowFrom: string; windowTo: string; excludedUnitIds?: number[] },
  ) => http.post<DrawView>(`${base}/plans/${planId}/draws`, body),
  drawStep: (drawId: number, step: 'execute' | 'reveal') =>
    http.post<DrawView>(`${base}/plans/draws/${drawId}/${step}`),

  // public draws
  publicDraws: () => http.get<DrawView[]>(`${publicBase}/draws`, { authRedirect: false }),
  publicDraw: (id: number) => http.get<DrawView>(`${publicBase}/draws/${id}`, { authRedirect: false }),
  verifyDraw: (id: number, seed: string) =>
    http.post<VerifyResult>(`${publicBase}/draws/${id}/verify`, { seed }, { authRedirect: false }),

  // inspections
  inspections: (q: InspectionQuery = {}) => http.get<InspectionSummary[]>(`${base}/inspections`, { query: q }),
  inspection: (id: number) => http.get<InspectionView>(`${base}/inspections/${id}`),
  start: (body: StartInspection) => http.post<InspectionView>(`${base}/inspections`, body),
  startSelf: (body: { rubricId?: number; visitedOn?: string } = {}) =>
    http.post<InspectionView>(`${base}/self-inspections`, body),
  saveDraft: (id: number, content: DraftContent, version: number) =>
    http.put<InspectionView>(`${base}/inspections/${id}/draft`, { content, version }),
  submit: (id: number, version: number) => http.post<InspectionView>(`${base}/inspections/${id}/submit`, { version }),
  proposals: (districtId?: number | null) =>
    http.get<Proposal[]>(`${base}/inspections/proposals`, { query: { districtId } }),
  history: (unitId: number) => http.get<UnitHistory>(`${base}/units/${unitId}/history`),
  photos: (id: number) => http.get<PhotoView[]>(`${base}/inspections/${id}/photos`),
  uploadPhoto: (id: number, file: Blob, criterionId?: number | null) =>
    http.post<PhotoView>(`${base}/inspections/${id}/photos`, undefined, {
      query: { criterionId },
      form: fileForm(file),
    }),
  photoUrl: (photoId: number) => `${base}/photos/${photoId}`,
  feedbackPdf: (id: number) => requestBlob('GET', `${base}/inspections/${id}/feedback.pdf`),

  // findings
  findings: (q: FindingQuery = {}) => http.get<FindingView[]>(`${base}/findings`, { query: q }),
  finding: (id: number) => http.get<FindingView>(`${base}/findings/${id}`),
  editFinding: (
    id: number,
    body: { severity: Severity; description: string; evidence: string; requirement?: string | null; version: number },
  ) => http.put<FindingView>(`${base}/findings/${id}`, body),
  escalate: (id: number, version: number) => http.post<FindingView>(`${base}/findings/${id}/escalate`, { version }),
  order: (id: number, body: { owner: string; deadline: string; requirement: string; version: number }) =>
    http.post<FindingView>(`${base}/findings/${id}/order`, body),
  answer: (id: number, body: { measures: string; evidence: string; version: number }) =>
    http.post<FindingView>(`${base}/findings/${id}/answer`, body),
  recheck: (id: number, body: { inspectionId?: number | null; passed: boolean; note?: string; version: number }) =>
    http.post<FindingView>(`${base}/findings/${id}/recheck`, body),
  close: (id: number, version: number) => http.post<FindingView>(`${base}/findings/${id}/close`, { version }),
  reopen: (id: number, deadline: string, version: number) =>
    http.post<FindingView>(`${base}/findings/${id}/reopen`, { deadline, version }),
  notices: () => http.get<Notice[]>(`${base}/notices`),

  // points
  points: (q: { year?: number; districtId?: number | null } = {}) =>
    http.get<PointsRow[]>(`${base}/points`, { query: q }),
  unitPoints: (unitId: number, year?: number) =>
    http.get<UnitLedger>(`${base}/points/units/${unitId}`, { query: { year } }),
  rules: () => http.get<PointsRule[]>(`${base}/points/rules`),
  saveRules: (rules: Partial<Record<RuleKind, { points: number; threshold?: number | null }>>) =>
    http.put<PointsRule[]>(`${base}/points/rules`, { rules }),

  // reports
  report: (q: ReportQuery) => http.get<ReportView>(`${base}/reports`, { query: q }),
  reportPdf: (q: ReportQuery) => requestBlob('GET', `${base}/reports/export.pdf`, { query: q }),
  reportXlsx: (q: ReportQuery) => requestBlob('GET', `${base}/reports/export.xlsx`, { query: q }),
  openFindingsMap: () => http.get<OpenFindingsPoint[]>(`${base}/reports/open-findings-map`),
}
