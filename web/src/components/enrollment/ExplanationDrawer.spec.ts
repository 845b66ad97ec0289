// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { applyLocale, i18n } from '@/i18n'
import { fakeServer } from '@/test/helpers'
import ExplanationDrawer from './ExplanationDrawer.vue'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const explanation = {
  applicationNumber: '2026P-000123',
  lottery: '8754504694238540747',
  placement: {
    unit: { id: 2, name: '二小' },
    choice: 2,
    stage: 'CHOICES',
    tier: 2,
    tierLabel: '户籍在片内',
    round: 1,
    guaranteed: false,
  },
  rejections: [
    {
      unit: { id: 1, name: '一小' },
      choice: 1,
      stage: 'CHOICES',
      reason: 'OUTRANKED',
      round: 1,
      tier: 2,
      tierLabel: '户籍在片内',
      cutoffTier: 1,
      cutoffTierLabel: '户籍与房产一致',
      cutoffLottery: '1200',
    },
  ],
  lines: ['一小：录取线为户籍与房产一致、随机号 1200，本人为户籍在片内。'],
}

describe('ExplanationDrawer', () => {
  it('loads and shows the placement, each refused choice against its cutoff, and the sentences', async () => {
    applyLocale('zh-CN')
    const server = fakeServer([{ path: '/api/enrollment/runs/5/results/2026P-000123/explanation', body: explanation }])
    const wrapper = mount(ExplanationDrawer, {
      props: { runId: 5, applicationNumber: '2026P-000123', modelValue: true },
      global: { plugins: [i18n] },
      attachTo: document.body,
    })
    await flushPromises()
    await new Promise((r) => setTimeout(r, 0))
    await flushPromises()
    expect(server.mock.calls.map(([u]) => String(u))).toEqual([
      '/api/enrollment/runs/5/results/2026P-000123/explanation',
    ])
    const drawer = document.querySelector('[data-testid="explanation-drawer"]')
    expect(drawer).not.toBeNull()
    const text = drawer!.textContent ?? ''
    expect(document.querySelector('[data-testid="explanation-unit"]')!.textContent).toContain('二小')
    expect(text).toContain('第 2 志愿')
    expect(document.querySelector('[data-testid="explanation-rejections"]')!.textContent).toContain(
      '顺位或随机号未达录取线',
    )
    expect(text).toContain('户籍与房产一致')
    expect(text).toContain('1200')
    expect(document.querySelector('[data-testid="explanation-lines"]')!.textContent).toContain('本人为户籍在片内')
    wrapper.unmount()
  })

  it('shows a region-stage placement with its stage and the distance from home', async () => {
    applyLocale('zh-CN')
    const region = {
      ...explanation,
      placement: { ...explanation.placement, unit: { id: 9, name: '远小' }, choice: 0, stage: 'REGION', round: 0 },
      region: { unit: { id: 9, name: '远小' }, distanceKm: 5.6, located: true },
      lines: ['学区内学位已满，经区级统筹录取至 远小，距离 5.6 公里。'],
    }
    fakeServer([{ path: '/api/enrollment/runs/5/results/2026P-000123/explanation', body: region }])
    const wrapper = mount(ExplanationDrawer, {
      props: { runId: 5, applicationNumber: '2026P-000123', modelValue: true },
      global: { plugins: [i18n] },
      attachTo: document.body,
    })
    await flushPromises()
    await new Promise((r) => setTimeout(r, 0))
    await flushPromises()
    const text = document.querySelector('[data-testid="explanation-drawer"]')!.textContent ?? ''
    expect(text).toContain('区级统筹')
    expect(document.querySelector('[data-testid="explanation-distance"]')!.textContent).toContain('5.6 公里（直线）')
    expect(document.querySelector('[data-testid="explanation-lines"]')!.textContent).toContain('经区级统筹录取至 远小')
    wrapper.unmount()
  })
})
