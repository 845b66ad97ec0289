// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Suggestion } from '@/api/evaluation'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe } from '@/test/helpers'
import { balanceView, indicator, school } from '../model/fixtures'
import BalanceView from './BalanceView.vue'
import WhatIfPanel from './WhatIfPanel.vue'

// happy-dom has no canvas; the chart and map options are specced in balanceCharts.spec.ts.
vi.mock('@/components/sharing/SharingChart.vue', async () => {
  const { defineComponent, h } = await import('vue')
  return { default: defineComponent({ setup: () => () => h('div', { class: 'chart-stub' }) }) }
})
// The map gets the same stub. Marked as a module: the page loads it with defineAsyncComponent, which unwraps `default`.
vi.mock('./GapMap.vue', async () => ({
  __esModule: true,
  default: (await import('@/components/sharing/SharingChart.vue')).default,
}))

const base = '/api/evaluation'

async function mountBalance() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe('COMMISSION'))
  await router.push('/evaluation/balance')
  const w = mount(BalanceView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return w
}

beforeEach(() => applyLocale('zh-CN'))
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('balance dashboard', () => {
  it('shows the verdict, one card per indicator and each school’s shortfall in resource units', async () => {
    const fetch = fakeServer([
      { path: `${base}/conditions/years`, body: [2025, 2024] },
      { path: `${base}/balance`, body: balanceView() },
      { path: `${base}/balance/trend`, body: [] },
    ])
    const w = await mountBalance()
    expect(String(fetch.mock.calls.find((c) => String(c[0]).startsWith(`${base}/balance?`))![0])).toContain(
      'year=2025&level=PRIMARY&standard=2017',
    )
    expect(w.get('[data-testid="cv-verdict"]').text()).toBe('未达标')
    expect(w.get('[data-testid="schools-passing"]').text()).toContain('1')
    expect(w.get('[data-testid="indicator-BACKBONE_TEACHERS"]').classes()).toContain('card--fail')
    expect(w.get('[data-testid="indicator-MULTIMEDIA_ROOMS"]').classes()).not.toContain('card--fail')
    expect(w.get('[data-testid="gap-1-BACKBONE_TEACHERS"]').text()).toContain('差 2.3 名骨干教师')
    w.unmount()
  })

  it('says there are no figures yet on a 404 no-conditions problem', async () => {
    fakeServer([
      { path: `${base}/conditions/years`, body: [] },
      {
        path: `${base}/balance`,
        status: 404,
        problem: true,
        body: { type: 'urn:xuequ:problem:no-conditions', title: '无数据', status: 404 },
      },
    ])
    const w = await mountBalance()
    expect(w.find('[data-testid="no-conditions"]').exists()).toBe(true)
    expect(w.find('[data-testid="balance-verdict"]').exists()).toBe(false)
    w.unmount()
  })

  it('opens the arithmetic of an indicator with every school’s term', async () => {
    fakeServer([
      { path: `${base}/conditions/years`, body: [2025] },
      { path: `${base}/balance`, body: balanceView() },
      { path: `${base}/balance/trend`, body: [] },
      {
        path: `${base}/balance/arithmetic`,
        body: {
          indicator: 'BACKBONE_TEACHERS',
          basis: 'PER_100_PUPILS',
          formula: '',
          totalResource: 8,
          totalPupils: 1000,
          mean: 0.8,
          variance: 0.06,
          sd: Math.sqrt(0.06),
          cv: Math.sqrt(0.06) / 0.8,
          threshold: 0.5,
          terms: [
            {
              unitId: 1,
              unitName: '展览路小学',
              pupils: 600,
              resource: 6,
              value: 1,
              weight: 0.6,
              deviation: 0.2,
              weightedSquare: 0.024,
            },
            {
              unitId: 2,
              unitName: '黄城根小学',
              pupils: 400,
              resource: 2,
              value: 0.5,
              weight: 0.4,
              deviation: -0.3,
              weightedSquare: 0.036,
            },
          ],
        },
      },
    ])
    const w = await mountBalance()
    await w.get('[data-testid="indicator-BACKBONE_TEACHERS"]').trigger('click')
    await flushPromises()
    const drawer = document.body.querySelector('[data-testid="arithmetic"]')!
    expect(drawer.textContent).toContain('黄城根小学')
    expect(document.body.querySelector('[data-testid="arithmetic-steps"]')!.textContent).toContain(
      'X̄ = 8 / 1,000 × 100 = 0.8',
    )
    expect(document.body.querySelector('[data-testid="arithmetic-verdict"]')!.textContent).toContain('达标')
    w.unmount()
  })
})

describe('what-if', () => {
  it('adds a suggestion to the list, runs it and shows CVs and schools before → after', async () => {
    const suggestion: Suggestion = {
      change: {
        kind: 'MOVE',
        indicator: 'BACKBONE_TEACHERS',
        fromUnitId: 1,
        fromUnitName: '展览路小学',
        toUnitId: 2,
        toUnitName: '黄城根小学',
        amount: 2,
      },
      indicator: 'BACKBONE_TEACHERS',
      cvBefore: 0.62,
      cvAfter: 0.45,
      gainPerUnit: 0.085,
      perUnitZh: '每名教师',
      perUnitEn: 'per teacher',
      reasonZh: '骨干教师差异系数最高，调配 2 名可降至阈值以下',
      reasonEn: 'Backbone teachers have the worst CV',
    }
    const before = balanceView()
    const after = balanceView({
      cvPasses: true,
      indicators: [indicator({ cv: 0.45, passes: true }), before.indicators[1]!],
      schoolRows: [school(), school({ unitId: 2, unitName: '黄城根小学', passes: true, met: 6 })],
      schoolsPassing: 2,
    })
    const fetch = fakeServer([
      { path: `${base}/balance/suggestions`, body: [suggestion] },
      { method: 'POST', path: `${base}/balance/what-if`, body: { before, after } },
      { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } },
    ])
    const pinia = createPinia()
    setActivePinia(pinia)
    const w = mount(WhatIfPanel, {
      props: { selection: { year: 2025, level: 'PRIMARY', standard: '2017', districtId: null }, view: before },
      global: { plugins: [pinia, i18n, router] },
    })
    await flushPromises()
    expect(w.get('[data-testid="suggestion-0"]').text()).toContain('骨干教师差异系数最高')
    await w.get('[data-testid="suggestion-add-0"]').trigger('click')
    expect(w.get('[data-testid="what-if-changes"]').text()).toContain('从 展览路小学 调配至 黄城根小学')
    await w.get('[data-testid="what-if-run"]').trigger('click')
    await flushPromises()
    const post = fetch.mock.calls.find(
      (c) => (c[1] as RequestInit | undefined)?.method === 'POST' && String(c[0]).includes('what-if'),
    )!
    expect(JSON.parse(String((post[1] as RequestInit).body))).toEqual({
      year: 2025,
      level: 'PRIMARY',
      standard: '2017',
      districtId: null,
      changes: [{ kind: 'MOVE', indicator: 'BACKBONE_TEACHERS', fromUnitId: 1, toUnitId: 2, amount: 2 }],
    })
    expect(w.get('[data-testid="what-if-verdict"]').text()).toContain('达标学校 1 → 2')
    expect(w.get('[data-testid="what-if-indicators"]').text()).toContain('0.620 → 0.450')
    w.unmount()
  })

  it('shows a 400 reason beside the change it names (`changes[i].amount`)', async () => {
    fakeServer([
      { path: `${base}/balance/suggestions`, body: [] },
      {
        method: 'POST',
        path: `${base}/balance/what-if`,
        status: 400,
        problem: true,
        body: {
          type: 'urn:xuequ:problem:validation',
          title: '数据有误',
          status: 400,
          errors: [{ field: 'changes[0].amount', reason: '调出数量超过该校现有数量' }],
        },
      },
      { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } },
    ])
    const pinia = createPinia()
    setActivePinia(pinia)
    const view = balanceView()
    const w = mount(WhatIfPanel, {
      props: { selection: { year: 2025, level: 'PRIMARY', standard: '2017', districtId: null }, view },
      global: { plugins: [pinia, i18n, router] },
    })
    await flushPromises()
    const vm = w.vm as unknown as { add: (c: unknown) => void }
    vm.add({ kind: 'ADD', indicator: 'EQUIPMENT_YUAN', fromUnitId: null, toUnitId: 2, amount: 100000 })
    await flushPromises()
    await w.get('[data-testid="what-if-run"]').trigger('click')
    await flushPromises()
    expect(w.get('[data-testid="what-if-change-error-0"]').text()).toContain('调出数量超过该校现有数量')
    w.unmount()
  })
})
