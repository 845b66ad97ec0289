// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Role } from '@/api/types'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe } from '@/test/helpers'
import { milestone, planSummary, project } from '../model/fixtures'
import ProjectsView from './ProjectsView.vue'

// happy-dom has no canvas; the map's option is specced in model/projects.spec.ts.
vi.mock('./ProjectsMap.vue', async () => {
  const { defineComponent, h } = await import('vue')
  return { __esModule: true, default: defineComponent({ setup: () => () => h('div', { class: 'map-stub' }) }) }
})

const base = '/api/planning'
const csrf = { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } }
const districts = {
  path: '/api/registry/districts',
  body: {
    content: [{ id: 10, name: '广安门内-牛街学区', kind: 'PRIMARY', status: 'ACTIVE' }],
    page: { size: 200, number: 0, totalElements: 1, totalPages: 1 },
  },
}

async function mountAt(role: Role, path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe(role))
  await router.push(path)
  const w = mount(ProjectsView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return w
}

beforeEach(() => applyLocale('zh-CN'))
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('key projects', () => {
  it('filters the list by subdistrict, kind and stage and sums what is shown', async () => {
    fakeServer([
      {
        path: `${base}/projects`,
        body: [
          project(),
          project(
            { id: 4 },
            {
              name: '铁二中改扩建项目',
              stage: 'SECONDARY',
              kind: 'EXPANSION',
              subdistrictName: '月坛',
              seatsAdded: null,
            },
          ),
        ],
      },
      { path: `${base}/plans`, body: [planSummary()] },
      districts,
    ])
    const w = await mountAt('INSPECTOR', '/planning/projects')
    expect(w.get('[data-testid="projects-summary"]').text()).toContain('显示 2 / 2 项，新增学位 540 个')
    expect(w.get('[data-testid="projects-table"]').text()).toContain('铁二中改扩建项目')
    expect(w.find('[data-testid="project-create"]').exists()).toBe(false)
    w.unmount()
  })

  it('opens the form prefilled when the seat outlook asks for a project, and sends the seats', async () => {
    const created = project(
      { id: 9, districtName: '广安门内-牛街学区' },
      { name: '牛街学区新校', districtId: 10, seatsAdded: 540, openingYear: 2029 },
    )
    const fetch = fakeServer([
      { path: `${base}/projects`, body: [] },
      { method: 'POST', path: `${base}/projects`, status: 201, body: created },
      { path: `${base}/plans`, body: [] },
      districts,
      csrf,
    ])
    const w = await mountAt('COMMISSION', '/planning/projects?new=1&districtId=10&openingYear=2029&stage=PRIMARY')
    const form = document.body.querySelector('[data-testid="project-form"]')!
    expect(form).not.toBeNull()
    const name = form.querySelector('input[data-testid="project-name"]') as HTMLInputElement
    name.value = '牛街学区新校'
    name.dispatchEvent(new Event('input'))
    const seats = form.querySelector('[data-testid="project-seats"] input') as HTMLInputElement
    seats.value = '540'
    seats.dispatchEvent(new Event('input'))
    seats.dispatchEvent(new Event('change'))
    await flushPromises()
    ;(document.body.querySelector('[data-testid="project-save"]') as HTMLButtonElement).click()
    await flushPromises()
    const post = fetch.mock.calls.find((c) => (c[1] as RequestInit | undefined)?.method === 'POST')!
    expect(JSON.parse(String((post[1] as RequestInit).body))).toMatchObject({
      name: '牛街学区新校',
      stage: 'PRIMARY',
      kind: 'NEW_SCHOOL',
      districtId: 10,
      openingYear: 2029,
      seatsAdded: 540,
    })
    expect(w.get('[data-testid="project-created"]').text()).toContain('广安门内-牛街学区自 2029 学年起增加 540 个学位')
    expect(w.get('[data-testid="project-back-to-outlook"]').attributes('href')).toBe('/planning/outlook?district=10')
    w.unmount()
  })

  it('offers only the steps a milestone’s status allows and words a 409 refusal', async () => {
    const p = project({
      milestones: [milestone(), milestone({ id: 32, position: 2, name: '竣工', status: 'COMPLETED', steps: [] })],
    })
    fakeServer([
      { path: `${base}/projects`, body: [p] },
      { path: `${base}/plans`, body: [] },
      districts,
      csrf,
      {
        method: 'POST',
        path: `${base}/projects/3/milestones/31/start`,
        status: 409,
        problem: true,
        body: {
          type: 'urn:xuequ:problem:planning-milestone-transition',
          title: '节点状态不允许此操作',
          detail: '该节点当前状态为 STARTED，不能执行 START。',
          status: 409,
        },
      },
    ])
    const w = await mountAt('COMMISSION', '/planning/projects')
    await w.get('.el-table__expand-icon').trigger('click')
    await flushPromises()
    expect(w.find('[data-testid="milestone-31-START"]').exists()).toBe(true)
    expect(w.find('[data-testid="milestone-31-CANCEL"]').exists()).toBe(true)
    expect(w.find('[data-testid="milestone-31-COMPLETE"]').exists()).toBe(false)
    expect(w.find('[data-testid^="milestone-32-"]').exists()).toBe(false)
    expect(w.get('[data-testid="milestone-status-32"]').text()).toBe('已完成')
    await w.get('[data-testid="milestone-31-START"]').trigger('click')
    await flushPromises()
    const refused = w.get('[data-testid="milestone-refused"]').text()
    expect(refused).toContain('节点状态不允许此操作')
    expect(refused).toContain('该节点当前状态为 STARTED')
    w.unmount()
  })
})
