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

export interface Dashboard {
  sampleData: boolean
  scopeLabel: string
  counts: DashboardCounts
  unitsPerDistrict: UnitsPerDistrict[]
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

export interface UnitQuery extends PageRequest {
  name?: string
  type?: UnitType | ''
  districtId?: number | null
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

export const AUDIT_ACTIONS = ['CREATE', 'UPDATE', 'DELETE', 'LOGIN_SUCCESS', 'LOGIN_FAILURE', 'LOGOUT'] as const
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
