// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Cycle, Scheme } from '@/api/evaluation'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe } from '@/test/helpers'
import { cycleUnit } from '../model/fixtures'
import CycleView from './CycleView.vue'

const base = '/api/evaluation/assessment'
const cycle: Cycle = {
  id: 4,
  year: 2025,
  schemeId: 9,
  schemeName: '2025 学区考核方案',
  state: 'OPEN',
  units: 2,
  scored: 1,
  finalisedAt: null,
  canFinalise: false,
  version: 2,
}
const scheme: Scheme = {
  id: 9,
  name: '2025 学区考核方案',
  year: 2025,
  inUse: true,
  basedOnId: null,
  version: 1,
  criteria: [
    { id: 1, code: 'A', nameZh: '办园规范', nameEn: 'Compliance', weight: 50, maxScore: 50, source: 'MANUAL' },
    {
      id: 2,
      code: 'B',
      nameZh: '督导积分',
      nameEn: 'Supervision',
      weight: 50,
      maxScore: 50,
      source: 'SUPERVISION_POINTS',
    },
  ],
}
const scored = [
  { criterionId: 1, score: 40 },
  { criterionId: 2, score: 45 },
]
const opinion = { text: '规范', grade: 'GOOD' as const, by: '西城区第一幼儿园', at: '2026-06-01T10:00:00+08:00' }

async function mountCycle() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe('COMMISSION'))
  await router.push('/evaluation/assessment/cycles/4')
  const w = mount(CycleView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return w
}

beforeEach(() => applyLocale('zh-CN'))
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('assessment cycle', () => {
  it('keeps finalise disabled for a member unit still waiting for the central unit’s opinion', async () => {
    fakeServer([
      { path: `${base}/cycles/4`, body: cycle },
      { path: `${base}/schemes`, body: [scheme] },
      {
        path: `${base}/cycles/4/units`,
        body: [
          cycleUnit({ unitId: 11, scores: scored }),
          cycleUnit({
            unitId: 12,
            unitName: '展览路小学',
            member: false,
            centralUnitName: null,
            centralUnitId: null,
            scores: scored,
            state: 'SCORED',
            canGiveOpinion: false,
            canFinalise: true,
          }),
        ],
      },
    ])
    const w = await mountCycle()
    expect(w.get('[data-testid="opinion-missing-11"]').text()).toContain('待西城区第一幼儿园出具意见')
    expect(w.get('[data-testid="finalise-11"]').attributes('disabled')).toBeDefined()
    expect(w.get('[data-testid="finalise-12"]').attributes('disabled')).toBeUndefined()
    // Opinions where the server allows one: the member unit, not the unit without a central unit.
    expect(w.find('[data-testid="opinion-11"]').exists()).toBe(true)
    expect(w.find('[data-testid="opinion-12"]').exists()).toBe(false)
    // The cycle needs every unit final.
    expect(w.get('[data-testid="cycle-finalise"]').attributes('disabled')).toBeDefined()
    w.unmount()
  })

  it('shows the server’s 409 problem when finalising is refused', async () => {
    fakeServer([
      { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } },
      { path: `${base}/cycles/4`, body: cycle },
      { path: `${base}/schemes`, body: [scheme] },
      {
        path: `${base}/cycles/4/units`,
        body: [cycleUnit({ unitId: 11, scores: scored, opinion, canFinalise: true })],
      },
      {
        method: 'POST',
        path: `${base}/cycles/4/units/11/finalise`,
        status: 409,
        problem: true,
        body: {
          type: 'urn:xuequ:problem:central-opinion-missing',
          title: '缺少中心园意见',
          status: 409,
          detail: '请先由中心园出具意见',
        },
      },
    ])
    const w = await mountCycle()
    await w.get('[data-testid="finalise-11"]').trigger('click')
    await flushPromises()
    const alert = w.get('[data-testid="action-problem"]')
    expect(alert.text()).toContain('缺少中心园意见')
    expect(alert.text()).toContain('请先由中心园出具意见')
    w.unmount()
  })

  it('shows a score 400 on the criterion at that position of the request', async () => {
    fakeServer([
      { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } },
      { path: `${base}/cycles/4`, body: cycle },
      { path: `${base}/schemes`, body: [scheme] },
      { path: `${base}/cycles/4/units`, body: [cycleUnit({ unitId: 11 })] },
      {
        method: 'PUT',
        path: `${base}/cycles/4/units/11/scores`,
        status: 400,
        problem: true,
        body: {
          type: 'urn:xuequ:problem:validation',
          title: '数据有误',
          status: 400,
          errors: [{ field: 'scores[1].score', reason: '至多两位小数' }],
        },
      },
    ])
    const w = await mountCycle()
    await w.get('[data-testid="scores-11"]').trigger('click')
    await flushPromises()
    ;(document.body.querySelector('[data-testid="scores-save"]') as HTMLButtonElement).click()
    await flushPromises()
    await vi.waitFor(() =>
      expect(document.body.querySelector('[data-testid="score-2"] .el-form-item__error')?.textContent).toContain(
        '至多两位小数',
      ),
    )
    expect(document.body.querySelector('[data-testid="score-1"] .el-form-item__error')).toBeNull()
    w.unmount()
  })

  it('offers no scoring or finalising where the server says the caller may not', async () => {
    fakeServer([
      { path: `${base}/cycles/4`, body: cycle },
      { path: `${base}/schemes`, body: [scheme] },
      { path: `${base}/cycles/4/units`, body: [cycleUnit({ unitId: 11, canScore: false, canFinalise: false })] },
    ])
    const w = await mountCycle()
    expect(w.find('[data-testid="scores-11"]').exists()).toBe(false)
    expect(w.find('[data-testid="finalise-11"]').exists()).toBe(false)
    w.unmount()
  })
})
