// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Arithmetic } from '@/api/planning'
import type { Role } from '@/api/types'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe } from '@/test/helpers'
import { outlook } from '../model/fixtures'
import OutlookView from './OutlookView.vue'

// happy-dom has no canvas; the chart's option is specced in model/outlook.spec.ts.
vi.mock('@/components/sharing/SharingChart.vue', async () => {
  const { defineComponent, h } = await import('vue')
  return { default: defineComponent({ setup: () => () => h('div', { class: 'chart-stub' }) }) }
})

const base = '/api/planning/outlook'
const gap2029 = {
  districtId: 10,
  year: 2029,
  grade: null,
  figure: 'GAP',
  value: -10,
  formula: 'gap 2029 = capacity 180 − pupils 190 = -10 (shortfall)',
  terms: [
    { name: 'capacity', value: 180, source: '2 grades × 90 entry seats (registry, 2026) + 0 project seats = 180' },
    { name: 'pupils', value: 190, source: '90 + 100' },
  ],
}

async function mountAs(role: Role) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe(role))
  await router.push('/planning/outlook')
  const w = mount(OutlookView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return w
}

beforeEach(() => applyLocale('zh-CN'))
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('seat outlook', () => {
  it('shows each district’s gap per year, the shortfall red and in words, with the backtest error', async () => {
    fakeServer([{ path: base, body: outlook() }])
    const w = await mountAs('COMMISSION')
    expect(w.get('[data-testid="outlook-summary"]').text()).toContain(
      '2 个学区中有 1 个在未来六年出现学位缺口：广安门内-牛街学区',
    )
    const short = w.get('[data-testid="gap-10-2029"]')
    expect(short.attributes('data-shortfall')).toBe('true')
    expect(short.classes()).toContain('cell--short')
    expect(short.text()).toContain('−10')
    expect(short.text()).toContain('缺口')
    expect(short.text()).toContain('190 / 180')
    expect(short.text()).toContain('±2.0%')
    const fine = w.get('[data-testid="gap-10-2027"]')
    expect(fine.attributes('data-shortfall')).toBe('false')
    expect(fine.text()).toContain('+10')
    expect(w.get('[data-testid="outlook-without-history"]').text()).toContain('新学区')
    // The page opens on the district short of seats.
    expect(w.find('[data-testid="outlook-detail-10"]').exists()).toBe(true)
    w.unmount()
  })

  it('opens a cell’s arithmetic: the formula in words, the server’s working and every input', async () => {
    const fetch = fakeServer([
      { path: base, body: outlook() },
      { path: `${base}/10/arithmetic`, body: gap2029 satisfies Arithmetic },
    ])
    const w = await mountAs('COMMISSION')
    await w.get('[data-testid="gap-10-2029"]').trigger('click')
    await flushPromises()
    expect(String(fetch.mock.calls.at(-1)![0])).toBe(`${base}/10/arithmetic?year=2029&figure=GAP`)
    const dialog = document.body.querySelector('[data-testid="outlook-arithmetic"]')!
    expect(dialog.querySelector('[data-testid="arithmetic-local"]')!.textContent).toContain(
      '2029 学年学位余缺 = 学位数 180 − 预测在校生 190 = −10（缺口）',
    )
    expect(dialog.querySelector('[data-testid="arithmetic-formula"]')!.textContent).toContain(
      'capacity 180 − pupils 190',
    )
    const terms = dialog.querySelector('[data-testid="arithmetic-terms"]')!.textContent!
    expect(terms).toContain('学位数')
    expect(terms).toContain('2 个年级 × 一年级学位 90（底册 2026 学年）+ 重点工程 0 = 180')
    // The commission can answer the shortfall with a key project in that district from that year.
    ;(dialog.querySelector('[data-testid="arithmetic-add-project"]') as HTMLButtonElement).click()
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/planning/projects'), { timeout: 20_000 })
    expect(router.currentRoute.value.query).toEqual({
      new: '1',
      districtId: '10',
      openingYear: '2029',
      stage: 'PRIMARY',
    })
    w.unmount()
  })

  it('opens a grade’s arithmetic from the district’s figures', async () => {
    const fetch = fakeServer([
      { path: base, body: outlook() },
      {
        path: `${base}/10/arithmetic`,
        body: { ...gap2029, year: 2028, grade: 1, figure: 'ENTRY', value: 90, formula: 'entry 2028 = …', terms: [] },
      },
    ])
    const w = await mountAs('INSPECTOR')
    await w.get('[data-testid="figure-g1-2028"]').trigger('click')
    await flushPromises()
    expect(String(fetch.mock.calls.at(-1)![0])).toBe(`${base}/10/arithmetic?year=2028&grade=1`)
    expect(document.body.querySelector('[data-testid="arithmetic-local"]')!.textContent).toContain(
      '2028 学年一年级 = 2022 年出生队列 100（出生登记）',
    )
    w.unmount()
  })

  it('offers the births import and the terms to the commission only', async () => {
    fakeServer([{ path: base, body: outlook() }])
    const commission = await mountAs('COMMISSION')
    expect(commission.find('[data-testid="outlook-births-toggle"]').exists()).toBe(true)
    commission.unmount()
    fakeServer([{ path: base, body: outlook() }])
    const inspector = await mountAs('INSPECTOR')
    expect(inspector.find('[data-testid="outlook-births-toggle"]').exists()).toBe(false)
    inspector.unmount()
  })
})
