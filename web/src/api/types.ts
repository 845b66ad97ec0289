/**
 * TypeScript shapes of every JSON document the Xuequ API exchanges with the console.
 * Source of truth: the API contract of the platform-foundation issue (server/ implements it).
 */

export type Locale = 'zh-CN' | 'en'

export const ROLES = ['ADMIN', 'COMMISSION', 'DISTRICT_OFFICE', 'UNIT', 'INSTITUTION', 'INSPECTOR'] as const
export type Role = (typeof ROLES)[number]

export type ScopeKind = 'ALL' | 'REGION' | 'DISTRICTS' | 'UNIT'

export interface Scope {
  kind: ScopeKind
  regionCode: string | null
  districtIds: number[]
  unitId: number | null
  label: string
}

export interface Me {
  id: number
  username: string
  displayName: string
  role: Role
  locale: Locale
  scope: Scope
  demo: boolean
  /** A reset (or the generated first password) must be replaced before anything else works. */
  passwordChangeRequired: boolean
}

export interface PasswordChangeRequest {
  currentPassword: string
  newPassword: string
}

export interface CsrfToken {
  headerName: string
  token: string
}

export interface LoginRequest {
  username: string
  password: string
}

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

export interface Region {
  code: string
  name: string
}

export interface Subdistrict {
  code: string
  name: string
}

export const DISTRICT_KINDS = ['PRIMARY', 'JUNIOR', 'PRESCHOOL'] as const
export type DistrictKind = (typeof DISTRICT_KINDS)[number]

export type DistrictStatus = 'ACTIVE' | 'DISSOLVED'

export interface SchoolDistrict {
  id: number
  regionCode: string
  name: string
  kind: DistrictKind
  subdistricts: Subdistrict[]
  officeSubdistrictCode: string | null
  officeSubdistrictName: string | null
  status: DistrictStatus
  unitCount: number
}

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

export interface UnitForm {
  name: string
  type: UnitType | null
  ownership: Ownership | null
  qualityGrade: string | null
  address: string | null
  subdistrictCode: string | null
  districtId: number | null
  longitude: number | null
  latitude: number | null
}

export interface UnitUpdate extends UnitForm {
  version: number
}

export interface Unit {
  id: number
  version: number
  regionCode: string
  name: string
  type: UnitType
  ownership: Ownership
  qualityGrade: string | null
  address: string | null
  subdistrictCode: string | null
  subdistrictName: string | null
  districtId: number | null
  districtName: string | null
  longitude: number | null
  latitude: number | null
}

export const ENTRY_GRADES = ['KINDERGARTEN', 'PRIMARY_1', 'JUNIOR_1', 'SENIOR_1'] as const
export type EntryGrade = (typeof ENTRY_GRADES)[number]

/** Another unit named on a unit's profile (alliance partner, feeder school). */
export interface UnitRef {
  id: number
  name: string
  type: UnitType
}

export interface UnitSeats {
  year: number
  entryGrade: EntryGrade
  seats: number
}

/** A direct-promotion (对口直升) link, in force since `sinceYear`. */
export interface UnitFeeder {
  unit: UnitRef
  sinceYear: number
}

/** GET /api/registry/units/{id}/profile */
export interface UnitProfile {
  unitId: number
  legalPerson: boolean
  educationGroup: string | null
  /** Principal who heads this school and the alliance units (一长执两校). */
  alliancePrincipal: string | null
  allianceUnits: UnitRef[]
  seats: UnitSeats[]
  /** Schools this unit's graduates go on to. */
  feedsInto: UnitFeeder[]
  /** Schools whose graduates come to this unit. */
  fedBy: UnitFeeder[]
}

export interface UnitQuery extends PageRequest {
  name?: string
  type?: UnitType | ''
  districtId?: number | null
}

// ---- registry: the "1+1+N+X" district model ----

export const MEMBER_ROLES = ['CENTRAL', 'MEMBER'] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

/** A unit's membership of a district in one school year (the year the school year starts in). */
export interface DistrictMember {
  unitId: number
  unitName: string
  unitType: UnitType
  ownership: Ownership
  qualityGrade: string | null
  role: MemberRole
  year: number
}

export interface DistrictHistoryUnit {
  unitId: number
  unitName: string
  role: MemberRole
}

export interface DistrictHistoryYear {
  year: number
  unitCount: number
  units: DistrictHistoryUnit[]
}

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

export type CouncilKind = 'COUNCIL' | 'COMMITTEE'

export interface CouncilMember {
  name: string
  kind: CouncilMemberKind
  organisation: string | null
  title: string | null
}

export interface CouncilDepartment {
  department: CommitteeDepartment
  headName: string | null
}

/** 学区理事会 (COUNCIL, primary and junior districts) or 学区治理委员会 (COMMITTEE, preschool). */
export interface DistrictCouncil {
  kind: CouncilKind
  members: CouncilMember[]
  departments: CouncilDepartment[]
  /** Council kinds with no member (COUNCIL only); derived from `members` when absent. */
  missingKinds?: CouncilMemberKind[]
}

export const DELEGATED_BY = ['SUBDISTRICT_OFFICE', 'COMMISSION'] as const
export type DelegatedBy = (typeof DELEGATED_BY)[number]

export interface OfficeStaff {
  name: string
  title: string | null
  delegatedBy: DelegatedBy
}

export interface DistrictOffice {
  subdistrictCode: string | null
  subdistrictName: string | null
  staff: OfficeStaff[]
}

export const POSITION_KINDS = ['INSPECTOR_FULL_TIME', 'INSPECTOR_PART_TIME', 'LIAISON', 'RESEARCHER', 'TRAINER'] as const
export type PositionKind = (typeof POSITION_KINDS)[number]

export interface DistrictPosition {
  kind: PositionKind
  personName: string
  unitId: number | null
  unitName: string | null
}

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

export interface ComplianceCheck {
  /** One of COMPLIANCE_RULES; a newer server may send rules this console does not know yet. */
  rule: ComplianceRule | string
  passed: boolean
  /** Localised sentence: what is expected and what was found. */
  message: string
}

export interface ComplianceReport {
  districtId: number
  year: number
  compliant: boolean
  checks: ComplianceCheck[]
}

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
export interface Institution {
  id: number
  name: string
  kind: InstitutionKind
  offers: string | null
  contact: string | null
  districtId: number | null
  districtName: string | null
  regionCode: string
}

export interface InstitutionQuery extends PageRequest {
  name?: string
  kind?: InstitutionKind | ''
  districtId?: number | null
}

export interface TreeUnit {
  id: number
  name: string
  type: UnitType
}

export interface TreeDistrict {
  id: number
  name: string
  kind: DistrictKind
  units: TreeUnit[]
}

export interface TreeRegion {
  code: string
  name: string
  districts: TreeDistrict[]
}

export interface MapDistrict {
  id: number
  name: string
  kind: DistrictKind
}

/** A unit on the map; WGS-84 degrees. */
export interface MapUnit {
  id: number
  name: string
  type: UnitType
  districtId: number | null
  longitude: number | null
  latitude: number | null
}

export interface RegistryMap {
  districts: MapDistrict[]
  units: MapUnit[]
}

// ---- platform: users ----

export interface UserAccount {
  id: number
  username: string
  displayName: string
  role: Role
  scope: Scope
  enabled: boolean
  locked: boolean
  lockedUntil: string | null
  lastLoginAt: string | null
  passwordChangeRequired: boolean
}

/** `temporaryPassword` is shown once, and only when the server generated it. */
export interface PasswordResetResult {
  user: UserAccount
  temporaryPassword: string | null
}

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

export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'LOGIN_SUCCESS', 'LOGIN_FAILURE', 'LOGOUT', 'ACCESS'] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export type AuditValues = Record<string, unknown>

export interface AuditEvent {
  id: number
  occurredAt: string
  actor: string
  action: AuditAction | string
  entityType: string | null
  entityId: string | null
  regionCode: string | null
  before: AuditValues | null
  after: AuditValues | null
  remoteAddress: string | null
  /** Free-text note some events carry (e.g. why a login failed); not in every server version. */
  detail?: string | null
}

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
