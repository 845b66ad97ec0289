/**
 * Evaluation (考核评价): shapes and calls of /api/evaluation, as written in
 * server/src/main/java/org/xuequ/evaluation/API.md.
 *
 * TODO(openapi): every interface below is written by hand from API.md (field names exactly as there)
 * because the server side is being built at the same time. Once the server exists, swap them for
 * aliases of the generated types in ./schema.d.ts (`components['schemas'][...]`, narrowing enum
 * Strings as sharing.ts does) and delete the hand-written copies.
 */
import { http, requestBlob } from './client'
import type { Page, PageRequest } from './types'

const base = '/api/evaluation'

// ---- enumerations ----

export const LEVELS = ['PRIMARY', 'JUNIOR'] as const
export type Level = (typeof LEVELS)[number]

/** Sent and received as the strings '2017' / '2012' (query values; JSON may send them as numbers). */
export const STANDARDS = ['2017', '2012'] as const
export type Standard = (typeof STANDARDS)[number]

export const INDICATORS_2017 = [
  'QUALIFIED_TEACHERS',
  'BACKBONE_TEACHERS',
  'PE_ART_TEACHERS',
  'TEACHING_AREA_M2',
  'SPORTS_AREA_M2',
  'EQUIPMENT_YUAN',
  'MULTIMEDIA_ROOMS',
] as const
export const INDICATORS_2012_EXTRA = ['TEACHERS', 'SENIOR_TITLE_TEACHERS', 'COMPUTERS', 'BOOKS'] as const
export const INDICATORS = [...INDICATORS_2017, ...INDICATORS_2012_EXTRA] as const
export type Indicator = (typeof INDICATORS)[number]

export const BASES = ['PER_100_PUPILS', 'PER_PUPIL'] as const
export type Basis = (typeof BASES)[number]

export const CHANGE_KINDS = ['MOVE', 'ADD'] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

export const CRITERION_SOURCES = ['MANUAL', 'SUPERVISION_POINTS', 'DISTRICT_ACTIVITIES'] as const
export type CriterionSource = (typeof CRITERION_SOURCES)[number]

export const CYCLE_STATES = ['OPEN', 'FINALISED'] as const
export type CycleState = (typeof CYCLE_STATES)[number]

export const GRADES = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'] as const
export type AssessmentGrade = (typeof GRADES)[number]

export const UNIT_RESULT_STATES = ['PENDING', 'SCORED', 'FINAL'] as const
export type UnitResultState = (typeof UNIT_RESULT_STATES)[number]

export const WEAK_STATES = ['OPEN', 'CLOSED'] as const
export type WeakState = (typeof WEAK_STATES)[number]

export const MEASURE_STATES = ['PLANNED', 'DONE', 'REVIEWED'] as const
export type MeasureState = (typeof MEASURE_STATES)[number]

/** Problem types the console reacts to (`urn:xuequ:problem:<key>`); matched on the last segment. */
export const EVAL_PROBLEMS = {
  stale: 'stale-version',
  noConditions: 'no-conditions',
  centralOpinionMissing: 'central-opinion-missing',
  scoresMissing: 'scores-missing',
  opinionAfterFinal: 'opinion-after-final',
  measuresOpen: 'measures-open',
} as const

/** Does a problem `type` (a URN or URL) end with the given key? */
export function problemIs(type: string | undefined, key: string): boolean {
  if (!type) return false
  return type === key || type.endsWith(`:${key}`) || type.endsWith(`/${key}`)
}

// ---- conditions census 办学条件 ----

export const CONDITIONS_FIELDS = [
  'primaryPupils',
  'juniorPupils',
  'seniorPupils',
  'classes',
  'teachers',
  'qualifiedTeachers',
  'seniorTitleTeachers',
  'backboneTeachers',
  'peArtTeachers',
  'teachingAreaM2',
  'sportsAreaM2',
  'equipmentYuan',
  'multimediaRooms',
  'books',
  'computers',
] as const
export type ConditionsField = (typeof CONDITIONS_FIELDS)[number]

/** Whole numbers only (pupils; the form's step is 1). */
export const INTEGER_FIELDS: readonly ConditionsField[] = ['primaryPupils', 'juniorPupils', 'seniorPupils']

export type ConditionsFigures = Record<ConditionsField, number>

export interface ConditionsJump {
  field: ConditionsField
  previous: number
  current: number
  changePercent: number
}

export interface ConditionsRow {
  unitId: number
  unitName: string
  unitType: string
  districtId: number | null
  districtName: string | null
  year: number
  figures: ConditionsFigures | null
  previous: ConditionsFigures | null
  jumps: ConditionsJump[]
  updatedAt: string | null
  version: number | null
}

export interface ConditionsQuery extends PageRequest {
  year: number
  districtId?: number | null
  q?: string
  onlyMissing?: boolean
}

export interface ConditionsImportResult {
  created: number
  updated: number
  unchanged: number
  jumps: {
    row: number
    unitName: string
    field: ConditionsField
    previous: number
    current: number
    changePercent: number
  }[]
}

// ---- balance 均衡 ----

export interface BalanceIndicator {
  indicator: Indicator
  basis: Basis
  nameZh: string
  nameEn: string
  unitZh: string
  unitEn: string
  value: number
  cv: number
  threshold: number | null
  passes: boolean
  totalResource: number
  totalPupils: number
  minimum: number | null
  schoolsBelowMinimum: number
}

export interface SchoolIndicatorValue {
  indicator: Indicator
  resource: number
  value: number
  minimum: number | null
  meets: boolean
  shortfall: number
}

export interface BalanceSchoolRow {
  unitId: number
  unitName: string
  districtName: string | null
  longitude: number | null
  latitude: number | null
  pupils: number
  levelShare: number
  met: number
  passes: boolean
  worstGapRatio: number
  values: SchoolIndicatorValue[]
}

export interface BalanceView {
  year: number
  level: Level
  standard: Standard
  scopeName: string
  districtId: number | null
  schools: number
  pupils: number
  cvPasses: boolean
  schoolsPassing: number
  schoolsFailing: number
  compositeCv: number | null
  compositeThreshold: number | null
  indicators: BalanceIndicator[]
  schoolRows: BalanceSchoolRow[]
}

export interface BalanceSelection {
  year: number
  level: Level
  standard: Standard
  districtId?: number | null
}

export interface TrendPoint {
  year: number
  cvPasses: boolean
  indicators: { indicator: Indicator; cv: number; threshold: number | null; passes: boolean }[]
}

export interface ArithmeticTerm {
  unitId: number
  unitName: string
  pupils: number
  resource: number
  value: number
  weight: number
  deviation: number
  weightedSquare: number
}

export interface Arithmetic {
  indicator: Indicator
  basis: Basis
  formula: string
  totalResource: number
  totalPupils: number
  mean: number
  variance: number
  sd: number
  cv: number
  threshold: number | null
  terms: ArithmeticTerm[]
}

export interface BalanceChange {
  kind: ChangeKind
  indicator: Indicator
  fromUnitId: number | null
  toUnitId: number
  amount: number
}

export interface WhatIfRequest {
  year: number
  level: Level
  standard: Standard
  districtId: number | null
  changes: BalanceChange[]
}

export interface WhatIfResult {
  before: BalanceView
  after: BalanceView
}

export interface Suggestion {
  change: BalanceChange & { fromUnitName: string | null; toUnitName: string }
  indicator: Indicator
  cvBefore: number
  cvAfter: number
  gainPerUnit: number
  perUnitZh: string
  perUnitEn: string
  reasonZh: string
  reasonEn: string
}

// ---- annual assessment 年度考核 ----

export interface Criterion {
  id: number
  code: string
  nameZh: string
  nameEn: string
  weight: number
  maxScore: number
  source: CriterionSource
}

export type CriterionForm = Omit<Criterion, 'id'>

export interface Scheme {
  id: number
  name: string
  year: number
  criteria: Criterion[]
  inUse: boolean
}

export interface SchemeForm {
  name: string
  year: number
  criteria: CriterionForm[]
}

export interface Cycle {
  id: number
  year: number
  schemeId: number
  schemeName: string
  state: CycleState
  units: number
  scored: number
  finalisedAt: string | null
}

export interface Opinion {
  text: string
  grade: AssessmentGrade
  by: string
  at: string
}

export interface CycleUnit {
  unitId: number
  unitName: string
  districtName: string | null
  member: boolean
  centralUnitName: string | null
  opinion: Opinion | null
  scores: { criterionId: number; score: number | null }[]
  total: number | null
  rank: number | null
  grade: AssessmentGrade | null
  state: UnitResultState
  commended: boolean
  weak: boolean
}

/** Not spelled out in API.md: assumed to echo the request with the unit names. */
export interface Commendation {
  id?: number
  unitIds?: number[]
  unitId?: number
  unitName?: string
  unitNames?: string[]
  citation: string
  at?: string
  by?: string
}

export interface WeakUnitFile {
  id: number
  unitId: number
  unitName: string
  districtName: string | null
  cycleId: number | null
  reason: string
  openedAt: string
  state: WeakState
  measures: number
  measuresDone: number
  overdue: number
  version: number
}

export interface Measure {
  id: number
  description: string
  owner: string
  deadline: string
  state: MeasureState
  progress: string | null
  doneAt: string | null
  reviewedAt: string | null
  overdue: boolean
}

export type WeakUnitDetail = Omit<WeakUnitFile, 'measures'> & { measures: Measure[] }

// ---- calls ----

function fileForm(file: File): FormData {
  const form = new FormData()
  form.append('file', file, file.name)
  return form
}

function selection(s: BalanceSelection) {
  return { year: s.year, level: s.level, standard: s.standard, districtId: s.districtId ?? null }
}

export const evaluationApi = {
  // conditions
  conditions: (q: ConditionsQuery, signal?: AbortSignal) =>
    http.get<Page<ConditionsRow>>(`${base}/conditions`, { query: q, signal }),
  conditionYears: () => http.get<number[]>(`${base}/conditions/years`),
  conditionsRow: (unitId: number, year: number) => http.get<ConditionsRow>(`${base}/conditions/${unitId}/${year}`),
  saveConditions: (unitId: number, year: number, figures: ConditionsFigures, version: number | null) =>
    http.put<ConditionsRow>(`${base}/conditions/${unitId}/${year}`, { figures, version }),
  conditionsTemplate: () => requestBlob('GET', `${base}/conditions/template`),
  conditionsExport: (year: number) => requestBlob('GET', `${base}/conditions/export`, { query: { year } }),
  conditionsImport: (year: number, file: File) =>
    http.post<ConditionsImportResult>(`${base}/conditions/import`, undefined, {
      query: { year },
      form: fileForm(file),
    }),
  conditionsAnnotated: (year: number, file: File) =>
    requestBlob('POST', `${base}/conditions/import/annotated`, { query: { year }, form: fileForm(file) }),

  // balance
  balance: (s: BalanceSelection, signal?: AbortSignal) =>
    http.get<BalanceView>(`${base}/balance`, { query: selection(s), signal }),
  trend: (s: Omit<BalanceSelection, 'year'>, signal?: AbortSignal) =>
    http.get<TrendPoint[]>(`${base}/balance/trend`, {
      query: { level: s.level, standard: s.standard, districtId: s.districtId ?? null },
      signal,
    }),
  arithmetic: (s: BalanceSelection, indicator: Indicator, signal?: AbortSignal) =>
    http.get<Arithmetic>(`${base}/balance/arithmetic`, { query: { ...selection(s), indicator }, signal }),
  whatIf: (body: WhatIfRequest) => http.post<WhatIfResult>(`${base}/balance/what-if`, body),
  suggestions: (s: BalanceSelection, limit = 5) =>
    http.get<Suggestion[]>(`${base}/balance/suggestions`, { query: { ...selection(s), limit } }),
  exportXlsx: (s: BalanceSelection) => requestBlob('GET', `${base}/balance/export.xlsx`, { query: selection(s) }),
  exportPdf: (s: BalanceSelection) => requestBlob('GET', `${base}/balance/export.pdf`, { query: selection(s) }),

  // assessment
  schemes: () => http.get<Scheme[]>(`${base}/assessment/schemes`),
  createScheme: (form: SchemeForm) => http.post<Scheme>(`${base}/assessment/schemes`, form),
  newSchemeVersion: (id: number) => http.post<Scheme>(`${base}/assessment/schemes/${id}/versions`, {}),
  cycles: () => http.get<Cycle[]>(`${base}/assessment/cycles`),
  createCycle: (year: number, schemeId: number) => http.post<Cycle>(`${base}/assessment/cycles`, { year, schemeId }),
  cycle: (id: number) => http.get<Cycle>(`${base}/assessment/cycles/${id}`),
  cycleUnits: (id: number, districtId?: number | null) =>
    http.get<CycleUnit[]>(`${base}/assessment/cycles/${id}/units`, { query: { districtId } }),
  saveOpinion: (id: number, unitId: number, text: string, grade: AssessmentGrade) =>
    http.put<CycleUnit>(`${base}/assessment/cycles/${id}/units/${unitId}/opinion`, { text, grade }),
  saveScores: (id: number, unitId: number, scores: { criterionId: number; score: number | null }[]) =>
    http.put<CycleUnit>(`${base}/assessment/cycles/${id}/units/${unitId}/scores`, { scores }),
  finaliseUnit: (id: number, unitId: number) =>
    http.post<CycleUnit>(`${base}/assessment/cycles/${id}/units/${unitId}/finalise`, {}),
  finaliseCycle: (id: number) => http.post<Cycle>(`${base}/assessment/cycles/${id}/finalise`, {}),
  commendations: (id: number) => http.get<Commendation[]>(`${base}/assessment/cycles/${id}/commendations`),
  commend: (id: number, unitIds: number[], citation: string) =>
    http.post<Commendation[]>(`${base}/assessment/cycles/${id}/commendations`, { unitIds, citation }),

  // weak units
  weakUnits: (state?: WeakState | '') =>
    http.get<WeakUnitFile[]>(`${base}/assessment/weak-units`, { query: { state: state || undefined } }),
  openWeakUnit: (unitId: number, cycleId: number | null, reason: string) =>
    http.post<WeakUnitDetail>(`${base}/assessment/weak-units`, { unitId, cycleId, reason }),
  weakUnit: (id: number) => http.get<WeakUnitDetail>(`${base}/assessment/weak-units/${id}`),
  addMeasure: (id: number, m: { description: string; owner: string; deadline: string }) =>
    http.post<WeakUnitDetail>(`${base}/assessment/weak-units/${id}/measures`, m),
  measureDone: (id: number, measureId: number, progress: string) =>
    http.post<WeakUnitDetail>(`${base}/assessment/weak-units/${id}/measures/${measureId}/done`, { progress }),
  reviewMeasure: (id: number, measureId: number, accepted: boolean, comment: string) =>
    http.post<WeakUnitDetail>(`${base}/assessment/weak-units/${id}/measures/${measureId}/review`, {
      accepted,
      comment,
    }),
  closeWeakUnit: (id: number) => http.post<WeakUnitDetail>(`${base}/assessment/weak-units/${id}/close`, {}),
}
