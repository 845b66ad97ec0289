/**
 * Workforce rotation (队伍建设 › 轮岗交流): shapes and calls of /api/workforce/rotation, as written in
 * server/src/main/java/org/xuequ/workforce/API.md. Shapes are the generated ones of ./schema.d.ts.
 */
import { http } from './client'
import type { components } from './schema'
import type { ExcelJobStarted } from './types'

type Schemas = components['schemas']

const base = '/api/workforce/rotation'

export type RoundPage = Schemas['RoundView']
export type RoundSummary = Schemas['RoundView.Summary']
export type RoundForm = Schemas['RotationController.RoundForm']
export type Indicator = Schemas['RoundView.Indicator']
export type SchoolRow = Schemas['RoundView.SchoolRow']
export type PersonRow = Schemas['RoundView.PersonRow']
export type MoveRow = Schemas['RoundView.MoveRow']
export type PersonRotation = Schemas['RoundView.PersonRotation']
export type Decision = MoveRow['decision']
export type RoundStatus = RoundSummary['status']
export type Target = Indicator['target']

export const DECISIONS = ['PROPOSED', 'LOCKED', 'VETOED'] as const satisfies readonly Decision[]

export const workforceRotationApi = {
  list: () => http.get<RoundSummary[]>(`${base}/rounds`),
  get: (id: number) => http.get<RoundPage>(`${base}/rounds/${id}`),
  open: (form: RoundForm) => http.post<RoundPage>(`${base}/rounds`, form),
  change: (id: number, round: RoundForm, version: number) =>
    http.put<RoundPage>(`${base}/rounds/${id}`, { round, version }),
  wishes: (id: number, staffId: number, schools: number[]) =>
    http.put<RoundPage>(`${base}/rounds/${id}/wishes/${staffId}`, { schools }),
  needs: (id: number, unitId: number, seats: Record<string, number>) =>
    http.put<RoundPage>(`${base}/rounds/${id}/needs/${unitId}`, { seats }),
  solve: (id: number, version: number) => http.post<RoundPage>(`${base}/rounds/${id}/solve`, { version }),
  /** The solve as a job (202 with its id), for progress; poll it with useImportJob. */
  solveJob: (id: number, version: number) => http.post<ExcelJobStarted>(`${base}/rounds/${id}/solve/jobs`, { version }),
  decide: (id: number, moveId: number, decision: Decision, version: number) =>
    http.put<RoundPage>(`${base}/rounds/${id}/moves/${moveId}`, { decision, version }),
  approve: (id: number, version: number) => http.post<RoundPage>(`${base}/rounds/${id}/approve`, { version }),
  sendBack: (id: number, version: number) => http.post<RoundPage>(`${base}/rounds/${id}/return`, { version }),
  cancel: (id: number, version: number) => http.post<RoundPage>(`${base}/rounds/${id}/cancel`, { version }),
  ofPerson: (staffId: number) => http.get<PersonRotation[]>(`${base}/staff/${staffId}`),
}

/** The pupil-weighted CV arithmetic of one indicator over the schools: per-school values, mean, sd, CV. */
export interface CvArithmetic {
  rows: { name: string; pupils: number; count: number; value: number }[]
  mean: number
  sd: number
  cv: number
}

/** Recomputes the balance calculator's CV from the school rows so that each figure can show its working. */
export function arithmetic(schools: SchoolRow[], target: Target, after: boolean): CvArithmetic {
  const counts = schools.map((s) =>
    target === 'BACKBONE_TEACHERS'
      ? after
        ? s.backboneAfter
        : s.backboneBefore
      : after
        ? s.peArtAfter
        : s.peArtBefore,
  )
  const pupils = schools.reduce((sum, s) => sum + s.pupils, 0)
  const total = counts.reduce((sum, c) => sum + c, 0)
  const mean = pupils > 0 ? (100 * total) / pupils : 0
  const rows = schools.map((s, i) => ({
    name: s.name,
    pupils: s.pupils,
    count: counts[i] ?? 0,
    value: s.pupils > 0 ? (100 * (counts[i] ?? 0)) / s.pupils : 0,
  }))
  const variance = rows.reduce((sum, r) => sum + (r.pupils / (pupils || 1)) * (r.value - mean) ** 2, 0)
  const sd = Math.sqrt(variance)
  return { rows, mean, sd, cv: mean > 0 ? sd / mean : 0 }
}
