// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Role, Unit, UnitProfile } from '@/api/types'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe, type FakeRoute } from '@/test/helpers'
import UnitDetailView from './UnitDetailView.vue'

const unit: Unit = {
  id: 7,
  version: 3,
  regionCode: '110102',
  name: '西城实验小学',
  type: 'PRIMARY',
  ownership: 'PUBLIC',
  qualityGrade: '一级一类',
  address: '西城区德胜门外大街1号',
  subdistrictCode: '110102019',
  subdistrictName: '德胜街道',
  districtId: 5,
  districtName: '德胜学区',
  longitude: 116.37,
  latitude: 39.95,
}

const profile: UnitProfile = {
  unitId: 7,
  legalPerson: false,
  educationGroup: '西城实验教育集团',
  alliancePrincipal: '王校长',
  allianceUnits: [{ id: 8, name: '新街口小学', type: 'PRIMARY' }],
  seats: [
    { year: 2025, entryGrade: 'PRIMARY_1', seats: 180 },
    { year: 2026, entryGrade: 'PRIMARY_1', seats: 200 },
  ],
  feedsInto: [{ unit: { id: 20, name: '德胜中学', type: 'JUNIOR' }, sinceYear: 2019 }],
  fedBy: [],
}

const routes: FakeRoute[] = [
  { path: '/api/registry/regions', body: [{ code: '110102', name: '西城区' }] },
  { path: '/api/registry/units/7', body: unit },
  { path: '/api/registry/units/7/profile', body: profile },
]

async function open(path: string, role: Role = 'DISTRICT_OFFICE') {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe(role))
  await router.push(path)
  const wrapper = mount(UnitDetailView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

beforeEach(() => applyLocale('zh-CN'))
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('unit detail', () => {
  it('shows the unit, its profile, places by entry grade and direct-promotion links', async () => {
    fakeServer(routes)
    const w = await open('/registry/units/7')
    w.get('[data-testid="unit-detail"]')
    expect(w.get('[data-testid="page-title"]').text()).toBe('西城实验小学')
    expect(w.get('[data-testid="unit-district-link"]').attributes('href')).toBe('/registry/districts/5')
    expect(w.get('[data-testid="unit-district-link"]').text()).toBe('德胜学区')
    expect(w.get('[data-testid="unit-legal-person"]').text()).toBe('否')
    expect(w.get('[data-testid="unit-education-group"]').text()).toBe('西城实验教育集团')
    expect(w.get('[data-testid="unit-alliance-principal"]').text()).toBe('王校长')
    expect(w.get('[data-testid="alliance-unit-8"]').attributes('href')).toBe('/registry/units/8')

    const seats = w.get('[data-testid="unit-seats"]').text()
    expect(seats).toContain('小学一年级')
    expect(seats.indexOf('2026')).toBeLessThan(seats.indexOf('2025'))
    expect(seats).toContain('200')

    const feeders = w.get('[data-testid="unit-feeders"]')
    expect(feeders.get('[data-testid="feeder-unit-20"]').attributes('href')).toBe('/registry/units/20')
    expect(feeders.get('[data-testid="unit-feedsInto"]').text()).toContain('自2019年起')
    expect(feeders.get('[data-testid="unit-fedBy"]').text()).toContain('无')
    expect(w.find('[data-testid="unit-edit"]').exists()).toBe(true)
    w.unmount()
  })

  it('uses English labels for entry grades', async () => {
    fakeServer(routes)
    const w = await open('/registry/units/7')
    applyLocale('en')
    await flushPromises()
    expect(w.get('[data-testid="unit-seats"]').text()).toContain('Primary grade 1')
    expect(w.get('[data-testid="unit-legal-person"]').text()).toBe('No')
    w.unmount()
  })

  it('hides the edit button from roles that may not edit units', async () => {
    fakeServer(routes)
    const w = await open('/registry/units/7', 'INSPECTOR')
    expect(w.find('[data-testid="unit-edit"]').exists()).toBe(false)
    w.unmount()
  })

  it('shows the problem the server sent when the unit cannot be loaded', async () => {
    fakeServer([
      {
        path: '/api/registry/units/9',
        status: 404,
        problem: true,
        body: { title: '单位不存在', status: 404, detail: '编号为 9 的单位不存在。' },
      },
      { path: '/api/registry/units/9/profile', status: 404, problem: true, body: { title: '单位不存在', status: 404 } },
    ])
    const w = await open('/registry/units/9')
    const problem = w.get('[data-testid="problem"]')
    expect(problem.text()).toContain('单位不存在')
    expect(problem.text()).toContain('编号为 9 的单位不存在。')
    w.unmount()
  })

  it('sends the user to /403 when the unit is outside their scope', async () => {
    fakeServer([
      { path: '/api/registry/units/6', status: 403, problem: true, body: { title: '超出数据范围', status: 403 } },
      {
        path: '/api/registry/units/6/profile',
        status: 403,
        problem: true,
        body: { title: '超出数据范围', status: 403 },
      },
    ])
    const w = await open('/registry/units/6')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/403'))
    expect(router.currentRoute.value.query.from).toBe('/registry/units/6')
    w.unmount()
  })
})
