// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { ConditionsRow } from '@/api/evaluation'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe } from '@/test/helpers'
import { emptyFigures } from '../model/conditions'
import ConditionsDrawer from './ConditionsDrawer.vue'
import ConditionsView from './ConditionsView.vue'

const base = '/api/evaluation/conditions'

function row(over: Partial<ConditionsRow> = {}): ConditionsRow {
  return {
    unitId: 1,
    unitName: '展览路小学',
    unitType: 'PRIMARY',
    districtId: 3,
    districtName: '展览路学区',
    year: 2025,
    figures: { ...emptyFigures(), teachers: 90, books: 30000 },
    previous: { ...emptyFigures(), teachers: 60, books: 29000 },
    jumps: [{ field: 'teachers', previous: 60, current: 90, changePercent: 50 }],
    updatedAt: '2026-03-01T10:00:00+08:00',
    version: 3,
    ...over,
  }
}

function setup(role: 'COMMISSION' | 'INSPECTOR' = 'COMMISSION') {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe(role))
  return pinia
}

beforeEach(() => applyLocale('zh-CN'))
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('conditions census', () => {
  it('flags jumps beside last year’s figure and marks schools that have not reported', async () => {
    const page = (content: ConditionsRow[]) => ({
      content,
      page: { size: 20, number: 0, totalElements: content.length, totalPages: 1 },
    })
    fakeServer([
      { path: `${base}/years`, body: [2025] },
      {
        path: base,
        body: page([row(), row({ unitId: 2, unitName: '黄城根小学', figures: null, jumps: [], version: null })]),
      },
    ])
    const pinia = setup()
    await router.push('/evaluation/conditions')
    const w = mount(ConditionsView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
    await flushPromises()
    expect(w.find('[data-testid="jump-1-teachers"]').exists()).toBe(true)
    expect(w.find('[data-testid="jump-1-books"]').exists()).toBe(false)
    expect(w.text()).toContain('上年 60')
    expect(w.findAll('[data-testid="conditions-missing"]')).toHaveLength(1)
    w.unmount()
  })

  it('sends the version, shows 400 reasons on their fields and a 409 `stale` as a stale-version message', async () => {
    const pinia = setup()
    const fetch = fakeServer([
      { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } },
      {
        method: 'PUT',
        path: `${base}/1/2025`,
        status: 400,
        problem: true,
        body: { title: '数据有误', status: 400, errors: [{ field: 'figures.books', reason: '不能为负数' }] },
      },
    ])
    const w = mount(ConditionsDrawer, {
      props: { row: row() },
      global: { plugins: [pinia, i18n, router] },
      attachTo: document.body,
    })
    await flushPromises()
    ;(document.body.querySelector('[data-testid="conditions-save"]') as HTMLButtonElement).click()
    await flushPromises()
    const put = fetch.mock.calls.find((c) => (c[1] as RequestInit | undefined)?.method === 'PUT')!
    expect(JSON.parse(String((put[1] as RequestInit).body)).version).toBe(3)
    await vi.waitFor(() =>
      expect(document.body.querySelector('[data-testid="field-books"] .el-form-item__error')?.textContent).toContain(
        '不能为负数',
      ),
    )

    fakeServer([
      { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } },
      {
        method: 'PUT',
        path: `${base}/1/2025`,
        status: 409,
        problem: true,
        body: { type: 'urn:xuequ:problem:stale', title: '数据已被修改', status: 409 },
      },
    ])
    ;(document.body.querySelector('[data-testid="conditions-save"]') as HTMLButtonElement).click()
    await flushPromises()
    await vi.waitFor(() => expect(document.body.querySelector('[data-testid="conditions-stale"]')).not.toBeNull())
    w.unmount()
  })
})
