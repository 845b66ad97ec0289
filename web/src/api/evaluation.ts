/**
 * Evaluation (考核评价): shapes and calls of /api/evaluation, as written in
 * server/src/main/java/org/xuequ/evaluation/API.md. The shapes are the generated ones of ./schema.d.ts
 * (from openapi.json), with the enumeration Strings the server sends as plain strings narrowed.
 */
import { http, requestBlob } from './client'
import type { Page, PageRequest } from './types'
import type { components } from './schema'

type Schemas = components['schemas']

const base = '/api/evaluation'

// ---- enumerations ----

export const LEVELS = ['PRIMARY', 'JUNIOR'] as const
export type Level = (typeof LEVELS)[number]

/** Sent and received as the strings '2017' / '2012' (query values and JSON alike). */
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

export const CRITERION_SOURCES = ['MANUAL', 'SUPERVISION_POINTS', 'DISTRICT_ACTIVITIES', 'JOINT_RESEARCH'] as const
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
  stale: 'stale',
  noConditions: 'no-conditions',
  centralOpinionMissing: 'central-opinion-missing',
  scoresMissing: 'scores-missing',
  opinionAfterFinal: 'opinion-after-final',
  measuresOpen: 'measures-open',
  importRejected: 'import-rejected',
} as const

/** Does a problem `type` (a URN or URL) end with the given key? */
export function problemIs(type: string | undefined, key: string): boolean {
  if (!type) return false
  return type === key || type.endsWith(`:${key}`) || type.endsWith(`/${key}`)
}

// ---- conditions census 办学条件 ----

export type ConditionsFigures = Schemas['ConditionsFigures']
export type ConditionsField = keyof ConditionsFigures

/** The form's fields in the server's order (ConditionsField). */
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
] as const satisfies readonly ConditionsField[]

/** The fields in decimals (m², yuan; at most two places); every other field is a whole number. */
export const DECIMAL_FIELDS: readonly ConditionsField[] = ['teachingAreaM2', 'sportsAreaM2', 'equipmentYuan']

/** Whole numbers only (counts of pupils, classes, teachers, rooms, books, computers; the form's step is 1). */
export const INTEGER_FIELDS: readonly ConditionsField[] = CONDITIONS_FIELDS.filter((f) => !DECIMAL_FIELDS.includes(f))

/** A figure that moved by half or more since the year before (`field` is a ConditionsField). */
export type ConditionsJump = Omit<Schemas['ConditionsJump'], 'field'> & { field: ConditionsField }

export type ConditionsRow = Omit<Schemas['ConditionsRow'], 'jumps'> & { jumps: ConditionsJump[] }

export interface ConditionsQuery extends PageRequest {
  year: number
  districtId?: number | null
  q?: string
  onlyMissing?: boolean
}

export type ConditionsForm = Schemas['ConditionsController.ConditionsForm']

export type ConditionsImportJump = Omit<Schemas['ConditionsSheet.RowJump'], 'field'> & { field: ConditionsField }

export type ConditionsImportResult = Omit<Schemas['ConditionsSheet.ImportOutcome'], 'jumps'> & {
  jumps: ConditionsImportJump[]
}

// ---- balance 均衡 ----

export type BalanceIndicator = Schemas['BalanceView.IndicatorLine']

export type SchoolIndicatorValue = Schemas['BalanceView.SchoolValue']

export type BalanceSchoolRow = Schemas['BalanceView.SchoolLine']

export type BalanceView = Omit<Schemas['BalanceView'], 'level' | 'standard'> & { level: Level; standard: Standard }

export interface BalanceSelection {
  year: number
  level: Level
  standard: Standard
  districtId?: number | null
}

export type TrendPoint = Schemas['TrendPoint']

export type ArithmeticTerm = Schemas['BalanceArithmetic.Term']

export type Arithmetic = Schemas['BalanceArithmetic']

export type BalanceChange = Schemas['BalanceAdvice.ChangeForm']

export type WhatIfRequest = Omit<Schemas['BalanceController.WhatIfForm'], 'level' | 'standard'> & {
  level: Level
  standard: Standard
}

export type WhatIfResult = Omit<Schemas['BalanceAdvice.WhatIf'], 'before' | 'after'> & {
  before: BalanceView
  after: BalanceView
}

export type SuggestedChange = Schemas['BalanceAdvice.ChangeView']

export type Suggestion = Schemas['BalanceAdvice.SuggestionView']

// ---- annual assessment 年度考核 ----

export type Criterion = Schemas['AssessmentViews.CriterionView']

export type CriterionForm = Schemas['AssessmentScheme.CriterionForm']

export type Scheme = Schemas['AssessmentViews.SchemeView']

export type SchemeForm = Schemas['AssessmentScheme.Form']

export type Cycle = Schemas['AssessmentViews.CycleView']

export type Opinion = Schemas['AssessmentViews.OpinionView']

export type UnitScore = Schemas['AssessmentViews.ScoreView']

/** A unit's row of a cycle, with what the caller may do to it now (`canGiveOpinion`, `canScore`, `canFinalise`). */
export type CycleUnit = Schemas['AssessmentViews.UnitRow']

export type ScoreForm = Schemas['AssessmentCycles.ScoreForm']

/** One unit's 通报表扬 (the POST answers with the cycle's whole list). */
export type Commendation = Schemas['AssessmentViews.CommendationView']

/** A row of the weak-unit list (counts of measures). */
export type WeakUnitFile = Schemas['WeakUnitController.FileRow']

/** A measure of a support plan, with what the caller may do to it now (`canMarkDone`, `canReview`). */
export type Measure = Schemas['WeakUnitController.MeasureView']

export type MeasureForm = Schemas['WeakUnitController.MeasureForm']

/** One file with its measures and `canClose`: what every write on a file answers with. */
export type WeakUnitDetail = Schemas['WeakUnitController.FileView']

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
    http.put<ConditionsRow>(`${base}/conditions/${unitId}/${year}`, { figures, version } satisfies ConditionsForm),
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
  /** Copies a scheme as a new, unused one; a null name means the original's name and （修订）. */
  newSchemeVersion: (id: number, name: string | null = null) =>
    http.post<Scheme>(`${base}/assessment/schemes/${id}/versions`, { name }),
  cycles: () => http.get<Cycle[]>(`${base}/assessment/cycles`),
  createCycle: (year: number, schemeId: number) => http.post<Cycle>(`${base}/assessment/cycles`, { year, schemeId }),
  cycle: (id: number) => http.get<Cycle>(`${base}/assessment/cycles/${id}`),
  cycleUnits: (id: number, districtId?: number | null) =>
    http.get<CycleUnit[]>(`${base}/assessment/cycles/${id}/units`, { query: { districtId } }),
  saveOpinion: (id: number, unitId: number, text: string, grade: AssessmentGrade) =>
    http.put<CycleUnit>(`${base}/assessment/cycles/${id}/units/${unitId}/opinion`, { text, grade }),
  saveScores: (id: number, unitId: number, scores: ScoreForm[]) =>
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
  addMeasure: (id: number, m: MeasureForm) =>
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
