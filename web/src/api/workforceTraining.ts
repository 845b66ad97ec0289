/**
 * Workforce training (队伍建设 › 培训): shapes and calls of /api/workforce/training, as written in
 * server/src/main/java/org/xuequ/workforce/API.md. Shapes are the generated ones of ./schema.d.ts.
 */
import { http, requestBlob } from './client'
import type { components } from './schema'

type Schemas = components['schemas']

const base = '/api/workforce/training'

export type Coverage = Schemas['CoverageView']
export type CoverageFigures = Schemas['CoverageView.Figures']
export type Course = Schemas['CourseView']
export type PersonTraining = Schemas['CourseView.PersonTraining']
export type CourseLevel = Course['level']
export type CourseForm = Schemas['TrainingController.CourseForm']
export type CourseSession = Schemas['CourseView.SessionRow']
export type SessionForm = Schemas['CourseSessionController.SessionForm']
export type TrainingReminder = Schemas['TrainingReminders.Reminder']

export const COURSE_LEVELS = ['CITY', 'REGION', 'DISTRICT', 'SCHOOL'] as const satisfies readonly CourseLevel[]

export const workforceTrainingApi = {
  coverage: (unitId?: number | null) => http.get<Coverage>(`${base}/coverage`, { query: { unitId } }),
  exportCoverage: () => requestBlob('GET', `${base}/coverage/export`),
  courses: () => http.get<Course[]>(`${base}/courses`),
  course: (id: number) => http.get<Course>(`${base}/courses/${id}`),
  createCourse: (form: CourseForm) => http.post<Course>(`${base}/courses`, form),
  enrol: (id: number, staffIds: number[]) => http.post<Course>(`${base}/courses/${id}/enrolments`, { staffIds }),
  complete: (id: number, enrolmentId: number, version: number) =>
    http.post<Course>(`${base}/courses/${id}/enrolments/${enrolmentId}/complete`, { version }),
  person: (staffId: number) => http.get<PersonTraining>(`${base}/staff/${staffId}`),
  addSession: (id: number, form: SessionForm) => http.post<Course>(`${base}/courses/${id}/sessions`, form),
  attendance: (id: number, sessionId: number, staffIds: number[]) =>
    http.put<Course>(`${base}/courses/${id}/sessions/${sessionId}/attendance`, { staffIds }),
  reminders: () => http.get<TrainingReminder[]>(`${base}/reminders`),
}
