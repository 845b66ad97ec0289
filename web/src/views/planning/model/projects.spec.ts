import { describe, expect, it } from 'vitest'
import {
  EMPTY_FILTER,
  fieldsFromQuery,
  filterProjects,
  projectErrors,
  projectMapOption,
  subdistricts,
  totals,
  emptyFields,
} from './projects'
import { project } from './fixtures'

const list = [
  project(),
  project(
    { id: 4, milestonesOverdue: 1 },
    {
      name: '铁二中改扩建项目',
      stage: 'SECONDARY',
      kind: 'EXPANSION',
      subdistrictName: '月坛',
      districtId: 3,
      seatsAdded: null,
      budgetWanYuan: null,
    },
  ),
  project(
    { id: 5 },
    {
      name: '四幼',
      stage: 'KINDERGARTEN',
      kind: 'RECONSTRUCTION',
      subdistrictName: '白纸坊',
      longitude: null,
      latitude: null,
      seatsAdded: 90,
      budgetWanYuan: 500,
    },
  ),
]

describe('key project list', () => {
  it('filters by name, subdistrict, kind, stage and district together', () => {
    expect(filterProjects(list, EMPTY_FILTER)).toHaveLength(3)
    expect(filterProjects(list, { ...EMPTY_FILTER, subdistrict: '月坛' }).map((p) => p.id)).toEqual([4])
    expect(filterProjects(list, { ...EMPTY_FILTER, kind: 'NEW_SCHOOL', stage: 'PRIMARY' }).map((p) => p.id)).toEqual([
      3,
    ])
    expect(filterProjects(list, { ...EMPTY_FILTER, q: '四幼', districtId: 1 }).map((p) => p.id)).toEqual([5])
    expect(filterProjects(list, { ...EMPTY_FILTER, kind: 'EXPANSION', stage: 'PRIMARY' })).toEqual([])
  })

  it('offers the subdistricts the projects lie in and sums seats, budget and overdue milestones', () => {
    expect(subdistricts(list)).toEqual(
      [...new Set(['白纸坊', '西长安街', '月坛'])].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    )
    expect(totals(list)).toEqual({ seats: 630, budget: 12500, overdue: 1 })
  })
})

describe('a new project asked for by the seat outlook', () => {
  it('reads district, opening year and stage from the address', () => {
    const fields = fieldsFromQuery({ new: '1', districtId: '10', openingYear: '2029', stage: 'PRIMARY' })
    expect(fields).toMatchObject({ districtId: 10, openingYear: 2029, stage: 'PRIMARY', kind: 'NEW_SCHOOL', name: '' })
    expect(fieldsFromQuery({ districtId: '10' })).toBeNull()
    expect(fieldsFromQuery({ new: '1', districtId: 'x', stage: 'NOPE' })).toMatchObject({
      districtId: null,
      stage: 'PRIMARY',
    })
  })

  it('refuses seats that could not count: no district or no opening year', () => {
    const f = { ...emptyFields(), name: '牛街新校', seatsAdded: 540, districtId: 10, openingYear: 2029 }
    expect(projectErrors(f)).toEqual({})
    expect(projectErrors({ ...f, openingYear: null })).toEqual({ openingYear: 'planning.project.seatsNeedPlace' })
    expect(projectErrors({ ...f, name: ' ', seatsAdded: -1, longitude: 116.3 })).toEqual({
      name: 'planning.project.nameRequired',
      seatsAdded: 'planning.project.seatsRange',
      latitude: 'planning.project.bothCoordinates',
    })
  })
})

describe('project map', () => {
  it('draws located projects only, nudging those that share a subdistrict centre apart', () => {
    const same = [project(), project({ id: 6 }), project({ id: 7 }, { longitude: null, latitude: null })]
    const option = projectMapOption(same, { width: 800, height: 400 }, (p) => p.fields.name)
    const data = (option.series as { data: { projectId: number; value: [number, number] }[] }[])[0]!.data
    expect(data.map((d) => d.projectId)).toEqual([3, 6])
    expect(data[0]!.value).toEqual([116.37, 39.9])
    expect(data[1]!.value).not.toEqual([116.37, 39.9])
  })
})
