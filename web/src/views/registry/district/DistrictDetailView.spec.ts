// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { SchoolDistrict } from '@/api/types'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe, type FakeRoute } from '@/test/helpers'
import DistrictDetailView from './DistrictDetailView.vue'

const district: SchoolDistrict = {
  id: 5,
  regionCode: '110102',
  name: '德胜学前教育学区',
  kind: 'PRESCHOOL',
  subdistricts: [
    { code: '110102019', name: '德胜街道' },
    { code: '110102013', name: '新街口街道' },
  ],
  officeSubdistrictCode: '110102019',
  officeSubdistrictName: '德胜街道',
  version: 1,
  status: 'ACTIVE',
  unitCount: 2,
}

const base = '/api/registry/districts/5'
const routes: FakeRoute[] = [
  { path: '/api/registry/regions', body: [{ code: '110102', name: '西城区' }] },
  { path: base, body: district },
  {
    path: `${base}/members`,
    body: [
      {
        unitId: 1,
        unitName: '乙幼儿园',
        unitType: 'KINDERGARTEN',
        ownership: 'PRIVATE_INCLUSIVE',
        qualityGrade: null,
        role: 'MEMBER',
        year: 2026,
      },
      {
        unitId: 2,
        unitName: '甲幼儿园',
        unitType: 'KINDERGARTEN',
        ownership: 'PUBLIC',
        qualityGrade: '市级示范园',
        role: 'CENTRAL',
        year: 2026,
      },
    ],
  },
  {
    path: `${base}/compliance`,
    body: {
      districtId: 5,
      year: 2026,
      compliant: false,
      checks: [
        { rule: 'PRESCHOOL_ONE_CENTRAL', passed: true, message: '应有且只有一所中心园，现有1所。' },
        {
          rule: 'PRESCHOOL_LIAISON_PER_KINDERGARTEN',
          passed: false,
          message: '每所幼儿园应有1名视导员，2所中有1所没有。',
        },
      ],
    },
  },
]

async function open(path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe('DISTRICT_OFFICE'))
  await router.push(path)
  const wrapper = mount(DistrictDetailView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

beforeEach(() => applyLocale('zh-CN'))
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('district detail', () => {
  it('shows the district, its members with the central kindergarten tagged, and the compliance report', async () => {
    const fetch = fakeServer(routes)
    const w = await open('/registry/districts/5')
    expect(w.get('[data-testid="page-title"]').text()).toBe('德胜学前教育学区')
    expect(w.get('[data-testid="district-kind"]').text()).toBe('学前教育学区')
    expect(w.get('[data-testid="district-office-location"]').text()).toBe('德胜街道')
    // A preschool district has a governance committee, not a council.
    expect(w.get('[data-testid="tab-council"]').text()).toBe('学区治理委员会')

    const members = w.get('[data-testid="district-members"]')
    expect(members.text()).toContain('共 2 个单位')
    expect(w.get('[data-testid="member-role-2"]').text()).toBe('中心园')
    expect(w.get('[data-testid="member-role-1"]').text()).toBe('成员园')
    expect(members.text().indexOf('甲幼儿园')).toBeLessThan(members.text().indexOf('乙幼儿园'))
    expect(fetch.mock.calls.some(([url]) => String(url).startsWith(`${base}/members?year=`))).toBe(true)

    await w.get('[data-testid="tab-compliance"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.tab).toBe('compliance')
    expect(w.get('[data-testid="compliance-verdict"]').text()).toBe('不符合规定')
    expect(w.get('[data-testid="compliance-PRESCHOOL_LIAISON_PER_KINDERGARTEN"]').attributes('data-passed')).toBe(
      'false',
    )
    expect(w.get('[data-testid="compliance-PRESCHOOL_ONE_CENTRAL"]').attributes('data-passed')).toBe('true')
    w.unmount()
  })

  it('shows the problem the server sent when the district cannot be loaded', async () => {
    fakeServer([
      {
        path: '/api/registry/districts/9',
        status: 404,
        problem: true,
        body: { title: '学区不存在', status: 404, detail: '编号为 9 的学区不存在。' },
      },
    ])
    const w = await open('/registry/districts/9')
    const problem = w.get('[data-testid="problem"]')
    expect(problem.text()).toContain('学区不存在')
    expect(problem.text()).toContain('编号为 9 的学区不存在。')
    w.unmount()
  })

  it('sends the user to /403 when the district is outside their scope', async () => {
    fakeServer([
      { path: '/api/registry/districts/8', status: 403, problem: true, body: { title: '超出数据范围', status: 403 } },
    ])
    const w = await open('/registry/districts/8')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/403'))
    expect(router.currentRoute.value.query.from).toBe('/registry/districts/8')
    w.unmount()
  })
})
