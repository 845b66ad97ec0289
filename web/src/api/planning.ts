/**
 * Planning (规划与学位储备): shapes and calls of /api/planning, as written in
 * server/src/main/java/org/xuequ/planning/API.md. The shapes are the generated ones of ./schema.d.ts
 * (from openapi.json); only the enumerations are listed here, for selects and labels.
 */
import { http, requestBlob } from './client'
import type { components } from './schema'

export { problemIs } from './evaluation'

type Schemas = components['schemas']

const base = '/api/planning'

// ---- enumerations ----

export const DIRECTIONS = ['UP', 'DOWN'] as const satisfies readonly Schemas['IndicatorFields']['direction'][]
export type Direction = (typeof DIRECTIONS)[number]

export const LIGHTS = [
  'ON_TRACK',
  'AT_RISK',
  'OFF_TRACK',
  'NO_DATA',
] as const satisfies readonly Schemas['ProgressRule.Assessment']['light'][]
export type TrafficLight = (typeof LIGHTS)[number]

export const COMPUTED_SOURCES = [
  'ENTRY_SEATS_PER_DISTRICT',
  'ENTRY_SEATS',
  'BALANCE_MAX_CV_PRIMARY',
] as const satisfies readonly NonNullable<Schemas['IndicatorFields']['computed']>[]
export type ComputedSource = (typeof COMPUTED_SOURCES)[number]

export const PROJECT_KINDS = [
  'NEW_SCHOOL',
  'EXPANSION',
  'RECONSTRUCTION',
] as const satisfies readonly Schemas['ProjectFields']['kind'][]
export type ProjectKind = (typeof PROJECT_KINDS)[number]

export const PROJECT_STAGES = [
  'PRIMARY',
  'SECONDARY',
  'KINDERGARTEN',
  'OTHER',
] as const satisfies readonly Schemas['ProjectFields']['stage'][]
export type ProjectStage = (typeof PROJECT_STAGES)[number]

export const MILESTONE_STATUSES = [
  'PLANNED',
  'STARTED',
  'COMPLETED',
  'CANCELLED',
] as const satisfies readonly Schemas['ProjectView.MilestoneView']['status'][]
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number]

export const STEPS = [
  'START',
  'COMPLETE',
  'CANCEL',
] as const satisfies readonly Schemas['ProjectView.MilestoneView']['steps'][number][]
export type Step = (typeof STEPS)[number]

export const METHODS = [
  'MEAN',
  'GEOMETRIC',
  'MEDIAN',
  'LAST',
  'WEIGHTED',
] as const satisfies readonly Schemas['OutlookTerms']['method'][]
export type ProgressionMethod = (typeof METHODS)[number]

export const COHORT_SOURCES = [
  'BIRTHS',
  'CENSUS',
  'CENSUS_CARRIED',
  'NONE',
] as const satisfies readonly Schemas['EntryEstimate.Terms']['cohortSource'][]
export type CohortSource = (typeof COHORT_SOURCES)[number]

/** The figures whose arithmetic the server explains without a grade. */
export const FIGURES = ['PUPILS', 'CAPACITY', 'GAP'] as const
export type Figure = (typeof FIGURES)[number]

/** Problem types the console reacts to (`urn:xuequ:problem:<key>`); matched on the last segment. */
export const PLANNING_PROBLEMS = {
  stale: 'stale',
  milestoneTransition: 'planning-milestone-transition',
  milestoneDates: 'planning-milestone-dates',
  indicatorComputed: 'planning-indicator-computed',
  importRejected: 'import-rejected',
} as const

// ---- plans and indicators 量化指标 ----

export type PlanSummary = Schemas['IndicatorViews.PlanSummary']
export type PlanDetail = Schemas['IndicatorViews.PlanDetail']
export type IndicatorView = Schemas['IndicatorViews.IndicatorView']
export type IndicatorFields = Schemas['IndicatorFields']
export type TrendPoint = Schemas['IndicatorViews.Point']
export type Progress = Schemas['ProgressRule.Assessment']
export type PlanForm = Schemas['PlanController.PlanForm']
export type ValueForm = Schemas['PlanController.ValueForm']

// ---- key projects 重点工程 ----

export type ProjectFields = Schemas['ProjectFields']
export type Project = Schemas['ProjectView']
export type Milestone = Schemas['ProjectView.MilestoneView']
export type MilestoneForm = Schemas['ProjectController.MilestoneForm']

// ---- seat outlook 学位储备 ----

export type Outlook = Schemas['OutlookView.Outlook']
export type OutlookDistrict = Schemas['OutlookView.District']
export type OutlookYear = Schemas['OutlookView.Year']
export type EntryTerms = Schemas['EntryEstimate.Terms']
export type OutlookTerms = Schemas['OutlookTerms']
export type BacktestError = Schemas['OutlookView.Error']
export type RatioView = Schemas['OutlookView.RatioView']
export type Arithmetic = Schemas['OutlookView.Arithmetic']
export type ArithmeticTerm = Schemas['OutlookView.Term']
export type TermsForm = Schemas['OutlookController.TermsForm']
export type Housing = Schemas['OutlookInputs.HousingView']
export type HousingForm = Schemas['OutlookController.HousingForm']
export type BirthsImportResult = Schemas['BirthsSheet.ImportOutcome']

/** Which figure of a district's year to explain: a grade's count (the entry grade's terms), or a total. */
export type ArithmeticQuery = { year: number; grade: number } | { year: number; figure: Figure }

// ---- calls ----

export const planningApi = {
  // plans and indicators
  plans: () => http.get<PlanSummary[]>(`${base}/plans`),
  plan: (id: number, signal?: AbortSignal) => http.get<PlanDetail>(`${base}/plans/${id}`, { signal }),
  createPlan: (form: PlanForm) => http.post<PlanDetail>(`${base}/plans`, form),
  updatePlan: (id: number, form: PlanForm) => http.put<PlanDetail>(`${base}/plans/${id}`, form),
  addIndicator: (planId: number, fields: IndicatorFields) =>
    http.post<IndicatorView>(`${base}/plans/${planId}/indicators`, fields),
  updateIndicator: (id: number, fields: IndicatorFields, version: number) =>
    http.put<IndicatorView>(`${base}/indicators/${id}`, { fields, version }),
  deleteIndicator: (id: number) => http.delete<void>(`${base}/indicators/${id}`),
  recordValue: (id: number, year: number, form: ValueForm) =>
    http.put<IndicatorView>(`${base}/indicators/${id}/values/${year}`, form),
  deleteValue: (id: number, year: number) => http.delete<void>(`${base}/indicators/${id}/values/${year}`),

  // key projects
  projects: (districtId?: number | null, signal?: AbortSignal) =>
    http.get<Project[]>(`${base}/projects`, { query: { districtId }, signal }),
  project: (id: number) => http.get<Project>(`${base}/projects/${id}`),
  createProject: (fields: ProjectFields) => http.post<Project>(`${base}/projects`, fields),
  updateProject: (id: number, fields: ProjectFields, version: number) =>
    http.put<Project>(`${base}/projects/${id}`, { fields, version }),
  deleteProject: (id: number) => http.delete<void>(`${base}/projects/${id}`),
  addMilestone: (id: number, form: MilestoneForm) => http.post<Project>(`${base}/projects/${id}/milestones`, form),
  step: (id: number, milestoneId: number, step: Step, version: number, on: string | null = null) =>
    http.post<Project>(`${base}/projects/${id}/milestones/${milestoneId}/${step.toLowerCase()}`, { on, version }),

  // seat outlook
  outlook: (districtId?: number | null, signal?: AbortSignal) =>
    http.get<Outlook>(`${base}/outlook`, { query: { districtId }, signal }),
  arithmetic: (districtId: number, q: ArithmeticQuery, signal?: AbortSignal) =>
    http.get<Arithmetic>(`${base}/outlook/${districtId}/arithmetic`, { query: q, signal }),
  saveTerms: (districtId: number, form: TermsForm) => http.put<void>(`${base}/outlook/${districtId}/terms`, form),
  saveBirths: (districtId: number, birthYear: number, births: number) =>
    http.put<void>(`${base}/outlook/${districtId}/births/${birthYear}`, { births }),
  deleteBirths: (districtId: number, birthYear: number) =>
    http.delete<void>(`${base}/outlook/${districtId}/births/${birthYear}`),
  birthsTemplate: () => requestBlob('GET', `${base}/outlook/births/template`),
  importBirths: (file: File) => {
    const form = new FormData()
    form.append('file', file, file.name)
    return http.post<BirthsImportResult>(`${base}/outlook/births/import`, undefined, { form })
  },
  housing: (districtId: number) => http.get<Housing[]>(`${base}/outlook/${districtId}/housing`),
  saveHousing: (districtId: number, form: HousingForm) =>
    http.put<Housing[]>(`${base}/outlook/${districtId}/housing`, form),
  deleteHousing: (id: number) => http.delete<void>(`${base}/outlook/housing/${id}`),
}
