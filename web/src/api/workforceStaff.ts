/**
 * Workforce staff (队伍建设 › 教职工): shapes and calls of /api/workforce/staff and /api/workforce/units, as written
 * in server/src/main/java/org/xuequ/workforce/API.md. Shapes are the generated ones of ./schema.d.ts.
 */
import { http, requestBlob } from './client'
import type { components } from './schema'
import type { ExcelJobStarted } from './types'

type Schemas = components['schemas']

const base = '/api/workforce'

export type StaffView = Schemas['StaffView']
export type StaffPage = Schemas['StaffView.Page']
export type StaffList = Schemas['PagedModelStaffView']
export type UnitFigures = Schemas['StaffView.UnitFigures']
export type Post = StaffView['post']
export type Backbone = StaffView['backbone']
export type Specialism = StaffView['specialism']

export const POSTS = [
  'PRINCIPAL',
  'VICE_PRINCIPAL',
  'MIDDLE_MANAGER',
  'TEACHER',
  'SUPPORT',
] as const satisfies readonly Post[]
export const BACKBONES = [
  'NONE',
  'DISTRICT',
  'CITY',
  'SUBJECT_LEADER',
  'SPECIAL_GRADE',
] as const satisfies readonly Backbone[]
export const SPECIALISMS = ['NONE', 'PE', 'ART'] as const satisfies readonly Specialism[]
/** Subject codes the demo and the console use; the server accepts any code of up to 20 characters. */
export const SUBJECTS = ['CHINESE', 'MATHS', 'ENGLISH', 'SCIENCE', 'MORALS', 'IT', 'PE', 'MUSIC', 'ART'] as const

export interface StaffQuery {
  unitId?: number | null
  districtId?: number | null
  post?: Post | null
  subject?: string | null
  backbone?: boolean | null
  specialism?: Specialism | null
  name?: string | null
  page?: number
  size?: number
}

export const workforceStaffApi = {
  list: (query: StaffQuery) => http.get<StaffList>(`${base}/staff`, { query }),
  person: (id: number) => http.get<StaffPage>(`${base}/staff/${id}`),
  figures: () => http.get<UnitFigures[]>(`${base}/units/figures`),
  exportRoll: (unitId?: number | null) => requestBlob('GET', `${base}/staff/export`, { query: { unitId } }),
  /** The roll import as a job (202 with its id); poll it with useImportJob. */
  importRollJob: (unitId: number, file: File) => {
    const form = new FormData()
    form.append('file', file, file.name)
    return http.post<ExcelJobStarted>(`${base}/units/${unitId}/staff/import`, undefined, {
      form,
      query: { async: true },
    })
  },
}

// ---- cross-school roles 跨校兼职 ----

export type CrossRole = Schemas['RoleView']
export type RoleKind = CrossRole['kind']
export type RoleForm = Schemas['CrossRoleController.RoleForm']
export const ROLE_KINDS = [
  'DISTRICT_OFFICE',
  'COMMITTEE_DEPARTMENT',
  'RESEARCH_GROUP',
  'SECOND_SCHOOL',
] as const satisfies readonly RoleKind[]

export const crossRoleApi = {
  list: (unitId?: number | null) => http.get<CrossRole[]>(`${base}/roles`, { query: { unitId } }),
  ofPerson: (staffId: number) => http.get<CrossRole[]>(`${base}/staff/${staffId}/roles`),
  create: (form: RoleForm) => http.post<CrossRole>(`${base}/roles`, form),
  end: (id: number, endsOn: string, version: number) =>
    http.post<CrossRole>(`${base}/roles/${id}/end`, { endsOn, version }),
}
