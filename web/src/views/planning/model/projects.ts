/** Key projects: filters, the form's defaults and checks, milestone labels and the map's points. Pure. */
import type { LocationQuery } from 'vue-router'
import type { ComposeOption } from 'echarts/core'
import type { ScatterSeriesOption } from 'echarts/charts'
import type { DataZoomComponentOption, GridComponentOption, TooltipComponentOption } from 'echarts/components'
import {
  PROJECT_KINDS,
  PROJECT_STAGES,
  type MilestoneStatus,
  type Project,
  type ProjectFields,
  type ProjectKind,
  type ProjectStage,
} from '@/api/planning'
import { equalAspectBounds, GRID, mapAxisLabel, mapDataZoom, escapeHtml } from '@/components/map/mapOption'

export interface ProjectFilter {
  q: string
  subdistrict: string
  kind: ProjectKind | ''
  stage: ProjectStage | ''
  districtId: number | null
}

export const EMPTY_FILTER: ProjectFilter = { q: '', subdistrict: '', kind: '', stage: '', districtId: null }

/** The projects matching every filter that is set. */
export function filterProjects(list: readonly Project[], f: ProjectFilter): Project[] {
  const q = f.q.trim()
  return list.filter(
    (p) =>
      (!q || p.fields.name.includes(q)) &&
      (!f.subdistrict || p.fields.subdistrictName === f.subdistrict) &&
      (!f.kind || p.fields.kind === f.kind) &&
      (!f.stage || p.fields.stage === f.stage) &&
      (f.districtId === null || p.fields.districtId === f.districtId),
  )
}

/** The subdistricts the projects lie in, sorted, for the filter. */
export function subdistricts(list: readonly Project[]): string[] {
  return [...new Set(list.map((p) => p.fields.subdistrictName).filter((s): s is string => !!s))].sort((a, b) =>
    a.localeCompare(b, 'zh-CN'),
  )
}

/** Σ seats added and Σ budget of a list (the summary above the table). */
export function totals(list: readonly Project[]): { seats: number; budget: number; overdue: number } {
  return list.reduce(
    (acc, p) => ({
      seats: acc.seats + (p.fields.seatsAdded ?? 0),
      budget: acc.budget + (p.fields.budgetWanYuan ?? 0),
      overdue: acc.overdue + p.milestonesOverdue,
    }),
    { seats: 0, budget: 0, overdue: 0 },
  )
}

export function emptyFields(): ProjectFields {
  return {
    name: '',
    stage: 'PRIMARY',
    kind: 'NEW_SCHOOL',
    subdistrictName: null,
    districtId: null,
    seatsAdded: null,
    budgetWanYuan: null,
    openingYear: null,
    longitude: null,
    latitude: null,
    planId: null,
    seq: null,
  }
}

function intParam(v: LocationQuery[string] | undefined): number | null {
  const s = Array.isArray(v) ? v[0] : v
  if (s === null || s === undefined || !/^\d+$/.test(s)) return null
  return Number(s)
}

/**
 * A new project's fields from the address (`?new=1&districtId=10&openingYear=2029&stage=PRIMARY`): how the seat
 * outlook asks for a project where seats run short. Null when the address asks for no new project.
 */
export function fieldsFromQuery(query: LocationQuery): ProjectFields | null {
  if (query.new !== '1') return null
  const fields = emptyFields()
  fields.districtId = intParam(query.districtId)
  fields.openingYear = intParam(query.openingYear)
  fields.seatsAdded = intParam(query.seats)
  const stage = Array.isArray(query.stage) ? query.stage[0] : query.stage
  if (stage && (PROJECT_STAGES as readonly string[]).includes(stage)) fields.stage = stage as ProjectStage
  const kind = Array.isArray(query.kind) ? query.kind[0] : query.kind
  if (kind && (PROJECT_KINDS as readonly string[]).includes(kind)) fields.kind = kind as ProjectKind
  return fields
}

/** Reasons the form cannot be sent (message keys by field), as the server would refuse them. */
export function projectErrors(f: ProjectFields): Record<string, string> {
  const out: Record<string, string> = {}
  if (!f.name.trim()) out.name = 'planning.project.nameRequired'
  else if (f.name.length > 200) out.name = 'planning.project.nameLength'
  if (f.seatsAdded !== null && !(Number.isInteger(f.seatsAdded) && f.seatsAdded >= 0 && f.seatsAdded <= 100_000))
    out.seatsAdded = 'planning.project.seatsRange'
  if (f.budgetWanYuan !== null && !(f.budgetWanYuan >= 0)) out.budgetWanYuan = 'planning.project.budgetRange'
  if (f.openingYear !== null && !(Number.isInteger(f.openingYear) && f.openingYear >= 2000 && f.openingYear <= 2100))
    out.openingYear = 'planning.project.yearRange'
  if (f.longitude !== null && !(f.longitude >= -180 && f.longitude <= 180)) out.longitude = 'planning.project.lonRange'
  if (f.latitude !== null && !(f.latitude >= -90 && f.latitude <= 90)) out.latitude = 'planning.project.latRange'
  if ((f.longitude === null) !== (f.latitude === null)) out.latitude = 'planning.project.bothCoordinates'
  // Seats count in the outlook only with a district and an opening year.
  if (f.seatsAdded && (f.districtId === null || f.openingYear === null))
    out.openingYear = 'planning.project.seatsNeedPlace'
  return out
}

export const STATUS_TAG: Record<MilestoneStatus, 'info' | 'primary' | 'success' | 'danger'> = {
  PLANNED: 'info',
  STARTED: 'primary',
  COMPLETED: 'success',
  CANCELLED: 'danger',
}

export const KIND_COLOURS: Record<ProjectKind, string> = {
  NEW_SCHOOL: '#2f9e44',
  EXPANSION: '#1e5fbf',
  RECONSTRUCTION: '#e8890c',
}

export type ProjectMapOption = ComposeOption<
  ScatterSeriesOption | GridComponentOption | TooltipComponentOption | DataZoomComponentOption
>

export interface ProjectPoint {
  name: string
  value: [number, number]
  projectId: number
  itemStyle: { color: string }
}

export function located(p: Project): boolean {
  return (
    typeof p.fields.longitude === 'number' &&
    typeof p.fields.latitude === 'number' &&
    Number.isFinite(p.fields.longitude) &&
    Number.isFinite(p.fields.latitude)
  )
}

/**
 * Projects as points on the registry map's plain longitude × latitude grid (equal aspect, no tiles), one
 * colour per kind. Projects of one subdistrict share its centre, so each point is nudged a little apart.
 */
export function projectMapOption(
  list: readonly Project[],
  size: { width: number; height: number },
  tooltip: (p: Project) => string,
): ProjectMapOption {
  const points = list.filter(located)
  const seen = new Map<string, number>()
  const data: ProjectPoint[] = points.map((p) => {
    const key = `${p.fields.longitude},${p.fields.latitude}`
    const n = seen.get(key) ?? 0
    seen.set(key, n + 1)
    const angle = n * 2.4
    const r = n === 0 ? 0 : 0.0012 * Math.sqrt(n)
    return {
      name: p.fields.name,
      value: [p.fields.longitude! + r * Math.cos(angle), p.fields.latitude! + r * Math.sin(angle)],
      projectId: p.id,
      itemStyle: { color: KIND_COLOURS[p.fields.kind] },
    }
  })
  const bounds = equalAspectBounds(
    data.map((d) => d.value),
    size.width - GRID.left - GRID.right,
    size.height - GRID.top - GRID.bottom,
  )
  const byId = new Map(points.map((p) => [p.id, p]))
  const axisLabel = mapAxisLabel()
  return {
    animation: false,
    grid: { ...GRID, top: 16, containLabel: false },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const one = Array.isArray(params) ? params[0] : params
        const p = one ? byId.get((one.data as ProjectPoint).projectId) : undefined
        return p ? tooltip(p) : ''
      },
    },
    xAxis: { type: 'value', min: bounds?.xMin, max: bounds?.xMax, scale: true, axisLabel },
    yAxis: { type: 'value', min: bounds?.yMin, max: bounds?.yMax, scale: true, axisLabel },
    dataZoom: mapDataZoom(),
    series: [{ type: 'scatter', symbolSize: 13, data, itemStyle: { borderColor: '#fff', borderWidth: 1 } }],
  }
}

/** A project's tooltip on the map: its name, and kind · seats as the page words them. */
export function projectTooltip(p: Project, line: string): string {
  return `<strong>${escapeHtml(p.fields.name)}</strong><br/>${escapeHtml(line)}`
}
