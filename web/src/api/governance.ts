/**
 * Governance (学区治理): shapes and calls of /api/governance, as written in
 * server/src/main/java/org/xuequ/governance/API.md. The shapes are the generated ones of ./schema.d.ts
 * (from openapi.json); only the enumerations are listed here, for selects and labels.
 */
import { http, requestBlob } from './client'
import type { components } from './schema'

export { problemIs } from './evaluation'

type Schemas = components['schemas']

const base = '/api/governance'

// ---- enumerations ----

export const BODY_KINDS = [
  'COUNCIL',
  'COMMITTEE',
  'DEPARTMENT',
  'JOINT_MEETING',
  'PARTY_BRANCH',
  'JOINT_PARTY_BRANCH',
] as const satisfies readonly Schemas['BodyViews.BodySummary']['kind'][]
export type BodyKind = (typeof BODY_KINDS)[number]

export const DEPARTMENTS = [
  'PARTY_BUILDING',
  'ADMINISTRATION',
  'RESEARCH_TRAINING',
] as const satisfies readonly NonNullable<Schemas['BodyViews.BodySummary']['department']>[]
export type Department = (typeof DEPARTMENTS)[number]

export const REPRESENTATIVE_KINDS = [
  'UNIT_HEAD',
  'LOCAL_GOVERNMENT',
  'EDUCATION_ADMINISTRATION',
  'SOCIAL_INSTITUTION',
  'PARENT',
  'SUPERVISION',
  'RESEARCH_TRAINING',
  'PARTY_MEMBER',
  'OTHER',
] as const satisfies readonly Schemas['BodyViews.MemberView']['kind'][]
export type RepresentativeKind = (typeof REPRESENTATIVE_KINDS)[number]

export const MEMBER_ROLES = [
  'CHAIR',
  'VICE_CHAIR',
  'SECRETARY',
  'MEMBER',
] as const satisfies readonly Schemas['BodyViews.MemberView']['role'][]
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const SHARES = [
  'ANY',
  'MAJORITY',
  'TWO_THIRDS',
  'ALL',
] as const satisfies readonly Schemas['QuorumRule']['share'][]
export type Share = (typeof SHARES)[number]

export const APPROVALS = [
  'MAJORITY_OF_PRESENT',
  'TWO_THIRDS_OF_PRESENT',
  'MAJORITY_OF_MEMBERS',
] as const satisfies readonly Schemas['QuorumRule']['approval'][]
export type Approval = (typeof APPROVALS)[number]

export const ITEM_KINDS = [
  'DEPARTMENT_REPORT',
  'INSPECTOR_FINDING',
  'PROPOSAL',
  'CARRIED_ACTION',
  'HEAD_REPORT',
  'WORK_PLAN_REVIEW',
  'OTHER_BUSINESS',
] as const satisfies readonly Schemas['MeetingViews.ItemView']['kind'][]
export type ItemKind = (typeof ITEM_KINDS)[number]
/** Kinds an editor adds by hand (carried actions and findings come on their own at the start). */
export const HAND_ITEM_KINDS = [
  'PROPOSAL',
  'DEPARTMENT_REPORT',
  'HEAD_REPORT',
  'WORK_PLAN_REVIEW',
  'OTHER_BUSINESS',
] as const satisfies readonly ItemKind[]

export const DECISION_MODES = ['VOTE', 'CONSENSUS', 'NOTED'] as const satisfies readonly NonNullable<
  Schemas['SessionController.DecisionForm']['mode']
>[]
export type DecisionMode = (typeof DECISION_MODES)[number]
export const VOTE_CHOICES = [
  'FOR',
  'AGAINST',
  'ABSTAIN',
] as const satisfies readonly Schemas['MeetingViews.ItemView']['myVotes'][number][]
export type VoteChoice = (typeof VOTE_CHOICES)[number]

export const MEETING_STATUSES = [
  'SCHEDULED',
  'IN_SESSION',
  'CLOSED',
  'MINUTES_APPROVED',
  'CANCELLED',
] as const satisfies readonly Schemas['MeetingViews.MeetingSummary']['status'][]
export type MeetingStatus = (typeof MEETING_STATUSES)[number]

export const ATTENDANCE_STATUSES = [
  'EXPECTED',
  'PRESENT',
  'EXCUSED',
  'ABSENT',
] as const satisfies readonly Schemas['MeetingViews.AttendanceView']['status'][]
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number]

export const ACTION_STATUSES = [
  'OPEN',
  'IN_PROGRESS',
  'DONE',
  'CANCELLED',
] as const satisfies readonly Schemas['ActionView']['status'][]
export type ActionStatus = (typeof ACTION_STATUSES)[number]
export const ACTION_STEPS = [
  'START',
  'COMPLETE',
  'CANCEL',
  'REOPEN',
] as const satisfies readonly Schemas['ActionView']['steps'][number][]
export type ActionStep = (typeof ACTION_STEPS)[number]
export const LINK_KINDS = [
  'RECTIFICATION_ORDER',
  'PLAN_INDICATOR',
  'BOOKING',
  'UNIT',
] as const satisfies readonly Schemas['ActionSpec.Link']['kind'][]
export type LinkKind = (typeof LINK_KINDS)[number]

export const CHARTER_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'APPROVED',
  'SUPERSEDED',
] as const satisfies readonly Schemas['CharterViews.VersionView']['status'][]
export type CharterStatus = (typeof CHARTER_STATUSES)[number]
export type CharterStep = 'submit' | 'approve' | 'return'

export const PLAN_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'APPROVED',
  'MID_YEAR_REPORTED',
  'YEAR_END_REPORTED',
] as const satisfies readonly Schemas['WorkPlanView']['status'][]
export type PlanStatus = (typeof PLAN_STATUSES)[number]
export type PlanStep = 'submit' | 'approve' | 'return'
export const OUTCOMES = ['DONE', 'PARTLY', 'NOT_DONE'] as const satisfies readonly NonNullable<
  Schemas['WorkPlanView.Item']['yearEndOutcome']
>[]
export type ItemOutcome = (typeof OUTCOMES)[number]

export const MEETING_KINDS = [
  'REGULAR',
  'EXTRAORDINARY',
] as const satisfies readonly Schemas['MeetingController.ScheduleForm']['kind'][]
export type MeetingKind = (typeof MEETING_KINDS)[number]

export const NOTICE_KINDS = [
  'MEETING_INVITATION',
  'MEETING_CANCELLED',
  'MINUTES_OVERDUE',
  'ACTION_DUE_SOON',
  'ACTION_OVERDUE',
  'ACTION_ESCALATED',
] as const satisfies readonly Schemas['Notices.Notice']['kind'][]
export type NoticeKind = (typeof NOTICE_KINDS)[number]

/** Problem types the console reacts to (`urn:xuequ:problem:<key>`). */
export const GOVERNANCE_PROBLEMS = {
  stale: 'stale',
  quorumNotMet: 'governance-quorum-not-met',
  minutesLocked: 'governance-minutes-locked',
  partyBuilding: 'governance-charter-party-building',
  notAMember: 'governance-not-a-member',
  notPresent: 'governance-not-present',
} as const

// ---- shapes ----

export type BodySummary = Schemas['BodyViews.BodySummary']
export type BodyDetail = Schemas['BodyViews.BodyDetail']
export type MemberView = Schemas['BodyViews.MemberView']
export type MemberFields = Schemas['MemberFields']
export type QuorumRule = Schemas['QuorumRule']
export type QuorumCheck = Schemas['QuorumRule.Check']
export type PartyCoverage = Schemas['BodyViews.PartyCoverage']
export type NewBodyForm = Schemas['BodyController.NewBodyForm']
export type BodySettingsForm = Schemas['BodyController.SettingsForm']
export type CoveredUnit = Schemas['BodyViews.CoveredUnit']

export type CharterSummary = Schemas['CharterViews.CharterSummary']
export type CharterDetail = Schemas['CharterViews.CharterDetail']
export type CharterVersion = Schemas['CharterViews.VersionView']
export type NewCharterForm = Schemas['CharterController.NewCharter']
export type CharterDiff = Schemas['CharterDiff']
export type DiffLine = Schemas['CharterDiff.Line']

export type MeetingSummary = Schemas['MeetingViews.MeetingSummary']
export type MeetingDetail = Schemas['MeetingViews.MeetingDetail']
export type ItemView = Schemas['MeetingViews.ItemView']
export type AttendanceView = Schemas['MeetingViews.AttendanceView']
export type MeetingPermissions = Schemas['MeetingViews.Permissions']
export type PendingFinding = Schemas['AgendaFindingsSource.Finding']
export type ScheduleForm = Schemas['MeetingController.ScheduleForm']
export type SeriesForm = Schemas['MeetingController.SeriesForm']
export type ItemForm = Schemas['MeetingController.ItemForm']
export type DecisionForm = Schemas['SessionController.DecisionForm']
export type ActionSpec = Schemas['ActionSpec']

export type ActionView = Schemas['ActionView']
export type Board = Schemas['Actions.Board']

export type WorkPlanView = Schemas['WorkPlanView']
export type NewWorkPlanForm = Schemas['WorkPlanController.NewPlan']
export type WorkPlanItem = Schemas['WorkPlanView.Item']
export type WorkPlanItemFields = Schemas['WorkPlanItemFields']
export type ProgressForm = Schemas['WorkPlanController.ProgressForm']
export type HeadReportForm = Schemas['WorkPlanController.HeadReportForm']

export type BureauReport = Schemas['BureauReport']

/** A governance notice of the caller's (an invitation, a reminder, an escalation); `subjectId` is its meeting or action. */
export type GovernanceNotice = Schemas['Notices.Notice']

// ---- calls ----

export const governanceApi = {
  // bodies 机构
  bodies: (districtId?: number | null) => http.get<BodySummary[]>(`${base}/bodies`, { query: { districtId } }),
  body: (id: number) => http.get<BodyDetail>(`${base}/bodies/${id}`),
  createBody: (form: NewBodyForm) => http.post<BodyDetail>(`${base}/bodies`, form),
  updateBody: (id: number, form: BodySettingsForm) => http.put<BodyDetail>(`${base}/bodies/${id}`, form),
  addMember: (id: number, fields: MemberFields) => http.post<BodyDetail>(`${base}/bodies/${id}/members`, fields),
  updateMember: (id: number, memberId: number, fields: MemberFields) =>
    http.put<BodyDetail>(`${base}/bodies/${id}/members/${memberId}`, fields),
  removeMember: (id: number, memberId: number) => http.delete<BodyDetail>(`${base}/bodies/${id}/members/${memberId}`),
  membersFromRegistry: (id: number) => http.post<BodyDetail>(`${base}/bodies/${id}/members/from-registry`),
  coverUnits: (id: number, unitIds: number[]) => http.put<BodyDetail>(`${base}/bodies/${id}/units`, { unitIds }),
  partyCoverage: (districtId: number) => http.get<PartyCoverage>(`${base}/districts/${districtId}/party-coverage`),

  // charters 章程
  charters: () => http.get<CharterSummary[]>(`${base}/charters`),
  charter: (id: number) => http.get<CharterDetail>(`${base}/charters/${id}`),
  createCharter: (form: NewCharterForm) => http.post<CharterDetail>(`${base}/charters`, form),
  newVersion: (id: number, form: { text?: string; fromTemplate?: boolean } = {}) =>
    http.post<CharterDetail>(`${base}/charters/${id}/versions`, form),
  editVersion: (id: number, n: number, form: { text: string; note?: string; version: number }) =>
    http.put<CharterDetail>(`${base}/charters/${id}/versions/${n}`, form),
  charterStep: (id: number, n: number, step: CharterStep, version: number, note?: string) =>
    http.post<CharterDetail>(`${base}/charters/${id}/versions/${n}/${step}`, { note, version }),
  diff: (id: number, from: number, to: number) =>
    http.get<CharterDiff>(`${base}/charters/${id}/diff`, { query: { from, to } }),

  // meetings 会议
  meetings: (q: { districtId?: number | null; bodyId?: number | null; from?: string; to?: string } = {}) =>
    http.get<MeetingSummary[]>(`${base}/meetings`, { query: q }),
  meeting: (id: number) => http.get<MeetingDetail>(`${base}/meetings/${id}`),
  schedule: (bodyId: number, form: ScheduleForm) => http.post<MeetingDetail>(`${base}/bodies/${bodyId}/meetings`, form),
  scheduleMonthly: (bodyId: number, form: SeriesForm) =>
    http.post<MeetingSummary[]>(`${base}/bodies/${bodyId}/meetings/monthly`, form),
  cancel: (id: number, version: number, reason?: string) =>
    http.post<MeetingDetail>(`${base}/meetings/${id}/cancel`, { reason, version }),
  addItem: (id: number, form: ItemForm) => http.post<MeetingDetail>(`${base}/meetings/${id}/items`, form),
  removeItem: (id: number, itemId: number) => http.delete<MeetingDetail>(`${base}/meetings/${id}/items/${itemId}`),
  start: (id: number, version: number) => http.post<MeetingDetail>(`${base}/meetings/${id}/start`, { version }),
  checkIn: (id: number) => http.post<MeetingDetail>(`${base}/meetings/${id}/check-in`),
  setAttendance: (id: number, attendanceId: number, status: AttendanceStatus) =>
    http.put<MeetingDetail>(`${base}/meetings/${id}/attendance/${attendanceId}`, { status }),
  vote: (id: number, itemId: number, choice: VoteChoice, attendanceId?: number) =>
    http.post<MeetingDetail>(`${base}/meetings/${id}/items/${itemId}/vote`, { choice, attendanceId }),
  decide: (id: number, itemId: number, form: DecisionForm) =>
    http.post<MeetingDetail>(`${base}/meetings/${id}/items/${itemId}/decision`, form),
  close: (id: number, version: number) => http.post<MeetingDetail>(`${base}/meetings/${id}/close`, { version }),
  editMinutes: (id: number, text: string, version: number) =>
    http.put<MeetingDetail>(`${base}/meetings/${id}/minutes`, { text, version }),
  redraftMinutes: (id: number, version: number) =>
    http.post<MeetingDetail>(`${base}/meetings/${id}/minutes/redraft`, { version }),
  approveMinutes: (id: number, version: number) =>
    http.post<MeetingDetail>(`${base}/meetings/${id}/minutes/approve`, { version }),
  minutesPdf: (id: number) => requestBlob('GET', `${base}/meetings/${id}/minutes.pdf`),

  // actions 决议事项
  action: (id: number) => http.get<ActionView>(`${base}/actions/${id}`),
  board: (districtId: number) => http.get<Board>(`${base}/districts/${districtId}/actions`),
  actionStep: (id: number, step: ActionStep, version: number, note?: string) =>
    http.post<ActionView>(`${base}/actions/${id}/${step.toLowerCase()}`, { note, version }),
  reportAction: (id: number, form: { note?: string; dueDate?: string; version: number }) =>
    http.put<ActionView>(`${base}/actions/${id}`, form),

  // work plans 年度工作计划
  workPlans: (districtId: number, year?: number) =>
    http.get<WorkPlanView[]>(`${base}/districts/${districtId}/work-plans`, { query: { year } }),
  createWorkPlan: (form: NewWorkPlanForm) => http.post<WorkPlanView>(`${base}/work-plans`, form),
  addPlanItem: (id: number, item: WorkPlanItemFields, version: number) =>
    http.post<WorkPlanView>(`${base}/work-plans/${id}/items`, { item, version }),
  removePlanItem: (id: number, itemId: number, version: number) =>
    http.delete<WorkPlanView>(`${base}/work-plans/${id}/items/${itemId}`, { query: { version } }),
  planStep: (id: number, step: PlanStep, version: number, note?: string, meetingId?: number | null) =>
    http.post<WorkPlanView>(`${base}/work-plans/${id}/${step}`, { note, meetingId, version }),
  planProgress: (id: number, stage: 'mid-year' | 'year-end', form: ProgressForm) =>
    http.post<WorkPlanView>(`${base}/work-plans/${id}/progress/${stage}`, form),
  headReport: (id: number, form: HeadReportForm) =>
    http.put<WorkPlanView>(`${base}/work-plans/${id}/head-report`, form),

  // the district's report to the bureau
  bureauReport: (districtId: number, from: string, to: string) =>
    http.get<BureauReport>(`${base}/districts/${districtId}/bureau-report`, { query: { from, to } }),
  bureauReportPdf: (districtId: number, from: string, to: string) =>
    requestBlob('GET', `${base}/districts/${districtId}/bureau-report.pdf`, { query: { from, to } }),

  // notices 通知
  notices: (limit?: number) => http.get<GovernanceNotice[]>(`${base}/notices`, { query: { limit } }),
  markNoticeRead: (id: number) => http.post<void>(`${base}/notices/${id}/read`),
}
