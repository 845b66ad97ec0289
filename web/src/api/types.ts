/**
 * TypeScript shapes of the JSON documents the Xuequ API exchanges with the console. The server is the
 * source of truth: most shapes are aliases of the types generated from its API description
 * (./schema.d.ts, `npm run gen:api`); what is still written here is either narrower than the server
 * declares (a String the console knows to be one of a few values) or not described by the server.
 */

import type { components } from './schema'

type Schemas = components['schemas']

export type Locale = 'zh-CN' | 'en'

export const ROLES = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'UNIT', 'INSTITUTION', 'INSPECTOR'] as const
export type Role = (typeof ROLES)[number]

export type ScopeKind = 'ALL' | 'REGION' | 'DISTRICTS' | 'UNIT'

/** `kind` narrowed: the server declares it a String (ScopeView.kind). */
export type Scope = Omit<Schemas['ScopeView'], 'kind'> & { kind: ScopeKind }

/** `role`, `locale` and `scope` narrowed: the server declares them Strings (AuthController.Me). */
export type Me = Omit<Schemas['AuthController.Me'], 'role' | 'locale' | 'scope'> & {
  role: Role
  locale: Locale
  scope: Scope
}

export type PasswordChangeRequest = Schemas['AuthController.PasswordChange']

export interface CsrfToken {
  headerName: string
  token: string
}

export type LoginRequest = Schemas['AuthController.LoginRequest']

/** RFC 9457 problem details, as the server sends them (already localized). */
export interface FieldError {
  field: string
  reason: string
  /** 1-based position in a list body (e.g. the days of PUT /api/sharing/holidays/{year}). */
  row?: number | null
}

export interface Problem {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: FieldError[]
}

/** Spring Data style page. `number` is 0-based. */
export interface PageMeta {
  size: number
  number: number
  totalElements: number
  totalPages: number
}

export interface Page<T> {
  content: T[]
  page: PageMeta
}

export interface PageRequest {
  page?: number
  size?: number
  /** `field,asc` or `field,desc` */
  sort?: string
}

// ---- platform: dashboard ----

export interface DashboardCounts {
  regions?: number
  subdistricts?: number
  districts?: number
  units?: number
  users?: number
  auditEventsToday?: number
}

export interface UnitsPerDistrict {
  districtId: number
  districtName: string
  units: number
}

/** 入学需求调研 gaps of the latest grade-1 cycle in the caller's scope (absent when there is none). */
export interface EnrollmentDemandPanel {
  cycleId: number
  cycleName: string
  seats: number
  expected: number
  schoolsShort: number
  shortages: { unitId: number; unitName: string; seats: number; expected: number; gap: number }[]
}

export interface Dashboard {
  sampleData: boolean
  scopeLabel: string
  counts: DashboardCounts
  unitsPerDistrict: UnitsPerDistrict[]
  enrollmentDemand?: EnrollmentDemandPanel
}

// ---- registry ----

export type Region = Schemas['RegionController.RegionView']

export type Subdistrict = Schemas['RegionController.SubdistrictView']

export const DISTRICT_KINDS = ['PRIMARY', 'JUNIOR', 'PRESCHOOL'] as const
export type DistrictKind = (typeof DISTRICT_KINDS)[number]

export type SchoolDistrict = Schemas['DistrictController.DistrictView']

export interface DistrictQuery extends PageRequest {
  name?: string
  kind?: DistrictKind | ''
}

export const UNIT_TYPES = [
  'KINDERGARTEN',
  'PRIMARY',
  'JUNIOR',
  'SENIOR',
  'NINE_YEAR',
  'TWELVE_YEAR',
  'OUT_OF_SCHOOL',
  'COMMUNITY',
  'VOCATIONAL',
  'SPECIAL',
  'UNIVERSITY',
  'RESEARCH',
] as const
export type UnitType = (typeof UNIT_TYPES)[number]

export const OWNERSHIPS = ['PUBLIC', 'PRIVATE_INCLUSIVE', 'PRIVATE'] as const
export type Ownership = (typeof OWNERSHIPS)[number]

/** A new unit: the update's body without `version`. */
export type UnitForm = Omit<Schemas['UnitController.UnitForm'], 'version'>

export type UnitUpdate = Schemas['UnitController.UnitForm']

export type Unit = Schemas['UnitController.UnitView']

export const ENTRY_GRADES = ['KINDERGARTEN', 'PRIMARY_1', 'JUNIOR_1', 'SENIOR_1'] as const
export type EntryGrade = (typeof ENTRY_GRADES)[number]

/** A direct-promotion (对口直升) link, in force since `sinceYear`. */
export type UnitFeeder = Schemas['UnitLinks.Feeder']

/** GET /api/registry/units/{id}/profile */
export type UnitProfile = Schemas['UnitLinks.Profile']

export interface UnitQuery extends PageRequest {
  name?: string
  type?: UnitType | ''
  districtId?: number | null
}

// ---- registry: the "1+1+N+X" district model ----

export const MEMBER_ROLES = ['CENTRAL', 'MEMBER'] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

/** A unit's membership of a district in one school year (the year the school year starts in). */
export type DistrictMember = Schemas['DistrictOrganisation.Member']

export type DistrictHistoryUnit = Schemas['DistrictOrganisation.Member']

export type DistrictHistoryYear = Schemas['DistrictOrganisationController.HistoryYear']

export const COUNCIL_MEMBER_KINDS = [
  'UNIT_HEAD',
  'LOCAL_GOVERNMENT',
  'EDUCATION_ADMINISTRATION',
  'SOCIAL_INSTITUTION',
  'PARENT',
] as const
export type CouncilMemberKind = (typeof COUNCIL_MEMBER_KINDS)[number]

export const COMMITTEE_DEPARTMENTS = ['PARTY_BUILDING', 'ADMINISTRATION', 'RESEARCH', 'TRAINING'] as const
export type CommitteeDepartment = (typeof COMMITTEE_DEPARTMENTS)[number]

export type CouncilMember = Schemas['DistrictPeople.CouncilMember']

/** 学区理事会 (COUNCIL, primary and junior districts) or 学区治理委员会 (COMMITTEE, preschool). */
export type DistrictCouncil = Schemas['DistrictOrganisationController.Council']

export const DELEGATED_BY = ['SUBDISTRICT_OFFICE', 'COMMISSION'] as const
export type DelegatedBy = (typeof DELEGATED_BY)[number]

export type DistrictOffice = Schemas['DistrictOrganisationController.Office']

export const POSITION_KINDS = [
  'INSPECTOR_FULL_TIME',
  'INSPECTOR_PART_TIME',
  'LIAISON',
  'RESEARCHER',
  'TRAINER',
] as const
export type PositionKind = (typeof POSITION_KINDS)[number]

export type DistrictPosition = Schemas['DistrictOrganisationController.PositionView']

export const COMPLIANCE_RULES = [
  'PRESCHOOL_MAX_16',
  'PRESCHOOL_ONE_CENTRAL',
  'PRESCHOOL_CENTRAL_PUBLIC_HIGH_GRADE',
  'PRESCHOOL_INSPECTORS',
  'PRESCHOOL_LIAISON_PER_KINDERGARTEN',
  'PRESCHOOL_RESEARCHER_AND_TRAINER',
  'COUNCIL_FIVE_KINDS',
  'UNIT_ONE_DISTRICT_PER_KIND',
] as const
export type ComplianceRule = (typeof COMPLIANCE_RULES)[number]

export type ComplianceReport = Schemas['DistrictOrganisationController.ComplianceView']

export const INSTITUTION_KINDS = [
  'MUSEUM',
  'RESEARCH_INSTITUTE',
  'UNIVERSITY',
  'ENTERPRISE',
  'COMMUNITY_CENTRE',
  'LIBRARY',
  'SPORTS_VENUE',
  'OTHER',
] as const
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number]

/** 社会机构, the "X". */
export type Institution = Schemas['InstitutionController.InstitutionView']

export interface InstitutionQuery extends PageRequest {
  name?: string
  kind?: InstitutionKind | ''
  districtId?: number | null
}

export type TreeRegion = Schemas['RegistryOverview.RegionRoot']

export type MapDistrict = Schemas['RegistryOverview.MapDistrict']

/** A unit on the map; WGS-84 degrees. */
export type MapUnit = Schemas['RegistryOverview.MapUnit']

export type RegistryMap = Schemas['RegistryOverview.UnitMap']

// ---- platform: users ----

export type UserAccount = Schemas['UserController.UserView']

/** `temporaryPassword` is shown once, and only when the server generated it. */
export type PasswordResetResult = Schemas['UserController.PasswordResetView']

export interface UserQuery extends PageRequest {
  q?: string
}

export interface CreateUserRequest {
  username: string
  displayName: string
  role: Role
  password: string
  regionCode: string | null
  districtIds: number[]
  unitId: number | null
}

// ---- platform: audit ----

export const AUDIT_ACTIONS = [
  'CREATE',
  'UPDATE',
  'DELETE',
  'LOGIN_SUCCESS',
  'LOGIN_FAILURE',
  'LOGOUT',
  'ACCESS',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export type AuditValues = Record<string, unknown>

export type AuditEvent = Schemas['AuditController.AuditEntryView']

export interface AuditQuery extends PageRequest {
  actor?: string
  action?: AuditAction | ''
  entityType?: string
  /** ISO-8601 instant */
  from?: string
  /** ISO-8601 instant */
  to?: string
}

/** Registry sheets that can be imported and exported as Excel. */
export const EXCEL_KINDS = ['units', 'institutions', 'address-blocks', 'memberships'] as const
export type ExcelKind = (typeof EXCEL_KINDS)[number]

export interface ExcelJobStarted {
  jobId: string
}

/** A problem in one cell of an uploaded sheet (row as numbered in Excel). */
export interface ExcelRowError {
  row: number
  field?: string | null
  reason: string
}

/** The problem of a rejected import: the (possibly capped) error list and the full counts. */
export interface ExcelImportProblem extends Omit<Problem, 'errors'> {
  errors?: ExcelRowError[]
  errorCount?: number
  badRows?: number
}

export interface ExcelImportResult {
  kind: string
  rows: number
  created: number
  updated: number
  unchanged: number
}

export type JobState = 'RUNNING' | 'SUCCEEDED' | 'FAILED'

export interface ExcelImportJob {
  state: JobState
  phase?: string | null
  processed?: number | null
  total?: number | null
  result?: ExcelImportResult | null
  problem?: ExcelImportProblem | null
}
