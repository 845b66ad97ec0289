/**
 * Workforce joint research (队伍建设 › 联合教研): shapes and calls of /api/workforce/research, as written in
 * server/src/main/java/org/xuequ/workforce/API.md. Shapes are the generated ones of ./schema.d.ts.
 */
import { http } from './client'
import type { components } from './schema'

type Schemas = components['schemas']

const base = '/api/workforce/research'

export type ResearchGroup = Schemas['GroupView']
export type ResearchGroupDetail = Schemas['GroupDetail']
export type ResearchMember = Schemas['GroupDetail.MemberView']
export type ResearchActivity = Schemas['GroupDetail.ActivityView']
export type ResearchOutput = Schemas['GroupDetail.OutputView']
export type ResearchMembership = Schemas['GroupDetail.Membership']
export type ResearchPoints = Schemas['UnitResearchPoints']
export type ResearchGroupForm = Schemas['ResearchController.GroupForm']
export type ActivityForm = Schemas['ResearchController.ActivityForm']
export type OutputForm = Schemas['ResearchController.OutputForm']
export type ResearchKind = ResearchGroup['kind']
export type ActivityKind = ResearchActivity['kind']
export type OutputKind = ResearchOutput['kind']
export type OutputLevel = ResearchOutput['level']

export const RESEARCH_KINDS = [
  'JOINT_GROUP',
  'TEACHER_STUDIO',
  'PRINCIPAL_STUDIO',
  'PROJECT',
] as const satisfies readonly ResearchKind[]
export const ACTIVITY_KINDS = [
  'LESSON_PREP',
  'OPEN_LESSON',
  'SEMINAR',
  'LECTURE',
  'PROJECT_MEETING',
] as const satisfies readonly ActivityKind[]
export const OUTPUT_KINDS = [
  'LESSON_CASE',
  'PAPER',
  'REPORT',
  'RESOURCE',
  'AWARD',
] as const satisfies readonly OutputKind[]
export const OUTPUT_LEVELS = ['DISTRICT', 'CITY', 'NATIONAL'] as const satisfies readonly OutputLevel[]

export const workforceResearchApi = {
  list: () => http.get<ResearchGroup[]>(base),
  get: (id: number) => http.get<ResearchGroupDetail>(`${base}/${id}`),
  create: (form: ResearchGroupForm) => http.post<ResearchGroup>(base, form),
  addMembers: (id: number, staffIds: number[], joinedOn?: string | null) =>
    http.post<ResearchGroupDetail>(`${base}/${id}/members`, { staffIds, joinedOn }),
  removeMember: (id: number, memberId: number) => http.delete<ResearchGroupDetail>(`${base}/${id}/members/${memberId}`),
  end: (id: number, endsOn: string, version: number) =>
    http.post<ResearchGroup>(`${base}/${id}/end`, { endsOn, version }),
  recordActivity: (id: number, form: ActivityForm) => http.post<ResearchGroupDetail>(`${base}/${id}/activities`, form),
  recordOutput: (id: number, form: OutputForm) => http.post<ResearchGroupDetail>(`${base}/${id}/outputs`, form),
  points: (unitId: number, year: number) => http.get<ResearchPoints>(`${base}/points`, { query: { unitId, year } }),
  person: (staffId: number) => http.get<ResearchMembership[]>(`/api/workforce/staff/${staffId}/research`),
}
