// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { Role } from '@/api/types'
import type { BookingView, ResourceCalendar } from '@/api/sharing'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe, type FakeRoute } from '@/test/helpers'
import { sampleResource, sampleResourceUsage } from '../model/fixtures'
import ResourceDetailView from './ResourceDetailView.vue'

// happy-dom has no canvas: charts are a plain element naming their series (their options are specced apart).
vi.mock('@/components/sharing/SharingChart.vue', async () => {
  const { defineComponent, h } = await import('vue')
  return {
    default: defineComponent({
      props: {
        option: { type: Object, required: true },
        height: { type: Number, default: undefined },
        description: { type: String, default: undefined },
      },
      setup: (props) => () =>
        h(
          'div',
          { class: 'chart-stub', 'aria-label': props.description },
          JSON.stringify((props.option as { series?: { name?: string }[] }).series?.map((x) => x.name)),
        ),
    }),
  }
})

const calendar: ResourceCalendar = {
  resourceId: 12,
  from: '2026-03-16',
  to: '2026-03-22',
  days: [
    { date: '2026-03-16', open: [{ start: '08:00', end: '17:00' }], closedReason: null },
    {
      date: '2026-03-20',
      open: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '18:00' },
      ],
      closedReason: null,
    },
  ],
  bookings: [
    {
      id: 7,
      startsAt: '2026-03-20T05:00:00Z',
      endsAt: '2026-03-20T09:00:00Z',
      status: 'CONFIRMED',
      requesterName: null,
      purpose: null,
      mine: false,
    },
  ],
}

const waitlisted = { id: 41, status: 'WAITLISTED', waitlistPosition: 1 } as BookingView

function routes(): FakeRoute[] {
  return [
    { path: '/api/sharing/resources/12', body: sampleResource() },
    { path: '/api/sharing/resources/12/calendar', body: calendar },
    {
      method: 'POST',
      path: '/api/sharing/bookings',
      status: 409,
      problem: true,
      body: {
        type: 'urn:xuequ:problem:booking-conflict',
        title: '该时段已被预约',
        status: 409,
        detail: '2026-03-20 13:00–17:00 已有预约。',
      },
    },
  ]
}

async function open(path: string, role: Role = 'UNIT') {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe(role))
  await router.push(path)
  const w = mount(ResourceDetailView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return w
}

/** The usage panel is loaded on demand: wait for its chunk and its first answer. */
async function usageShown(w: Awaited<ReturnType<typeof open>>): Promise<void> {
  await vi.waitFor(() => expect(w.find('[data-testid="resource-usage"]').exists()).toBe(true), { timeout: 10000 })
  await flushPromises()
}

const $ = (sel: string) => document.querySelector<HTMLElement>(sel)

async function type(testId: string, value: string): Promise<void> {
  const el = $(`[data-testid="${testId}"]`)!
  const input = (
    el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? el : el.querySelector('input, textarea')
  ) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  input.dispatchEvent(new Event('change'))
  await flushPromises()
}

beforeEach(() => {
  applyLocale('zh-CN')
  document.cookie = 'XSRF-TOKEN=test-token'
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-03-11T02:00:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

// The booking dialog pulls in many Element Plus components; the first mount is slow on a busy machine.
describe('resource detail', { timeout: 30000 }, () => {
  it('shows facts, rules, opening hours and the week calendar with its bookings', async () => {
    fakeServer(routes())
    const w = await open('/sharing/resources/12?date=2026-03-20')
    expect(w.get('[data-testid="page-title"]').text()).toBe('物理所礼堂')
    expect(w.get('[data-testid="resource-rules"]').text()).toContain('至少提前 24 小时预约')
    expect(w.get('[data-testid="resource-hours"]').text()).toContain('08:00–12:00，13:00–18:00')
    const event = w.get('[data-testid="calendar-event-7"]')
    expect(event.attributes('data-status')).toBe('CONFIRMED')
    expect(event.text()).toContain('13:00–17:00')
    expect(event.text()).toContain('已占用')
    expect(w.find('[data-testid="calendar-day-2026-03-20"] [data-testid="calendar-event-7"]').exists()).toBe(true)
    expect(w.findAll('[data-testid="calendar-open-2026-03-20"]')).toHaveLength(2)
    expect(w.find('[data-testid="resource-book"]').exists()).toBe(true)
    w.unmount()
  })

  it('offers the waitlist when the slot is taken, and joins it', async () => {
    const table = routes()
    const mock = fakeServer(table)
    const w = await open('/sharing/resources/12?book=1&date=2026-03-20&from=13:00&to=17:00')
    expect($('[data-testid="booking-dialog"]')).not.toBeNull()
    // The date's test id sits on the field's <input> (not on the date picker's pop-up panel).
    const dates = document.querySelectorAll('[data-testid="booking-date"]')
    expect(dates).toHaveLength(1)
    expect(dates[0]!.tagName).toBe('INPUT')
    expect((dates[0] as HTMLInputElement).value).toBe('2026-03-20')
    expect($('[data-testid="booking-dialog"] input[data-testid="booking-date"]')).not.toBeNull()
    await type('booking-attendees', '480')
    await type('booking-purpose', '学生成人仪式')
    $('[data-testid="booking-submit"]')!.click()
    await flushPromises()

    const post = mock.mock.calls.find(([, init]) => init?.method === 'POST')!
    expect(JSON.parse(String(post[1]!.body))).toEqual({
      resourceId: 12,
      startsAt: '2026-03-20T13:00:00+08:00',
      endsAt: '2026-03-20T17:00:00+08:00',
      attendees: 480,
      purpose: '学生成人仪式',
    })
    expect($('[data-testid="booking-problem"]')!.textContent).toContain('该时段已被预约')
    expect($('[data-testid="booking-waitlist-offer"]')).not.toBeNull()

    table[2] = { method: 'POST', path: '/api/sharing/bookings', status: 201, body: waitlisted }
    $('[data-testid="booking-waitlist"]')!.click()
    await flushPromises()
    const posts = mock.mock.calls.filter(([, init]) => init?.method === 'POST')
    expect(JSON.parse(String(posts.at(-1)![1]!.body)).waitlist).toBe(true)
    expect(document.body.textContent).toContain('已加入候补，当前排第 1 位')
    w.unmount()
  })

  it('checks the booking rules before sending anything', async () => {
    const mock = fakeServer(routes())
    const w = await open('/sharing/resources/12?book=1&date=2026-03-20&from=11:00&to=14:00')
    await type('booking-attendees', '600')
    $('[data-testid="booking-submit"]')!.click()
    await flushPromises()
    // Element Plus marks the fields at once (the message itself fades in with a transition).
    const failed = [...document.querySelectorAll('.el-form-item.is-error')].map((item) =>
      item.querySelector('[data-testid]')?.getAttribute('data-testid'),
    )
    expect(failed.sort()).toEqual(['booking-attendees', 'booking-purpose', 'booking-start'])
    expect(mock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
    w.unmount()
  })

  it('switches to a month grid and back to the week of a clicked day', async () => {
    const mock = fakeServer(routes())
    const w = await open('/sharing/resources/12?date=2026-03-20')
    await w.get('[data-testid="calendar-mode-month"] input').setValue(true)
    await flushPromises()
    const calls = mock.mock.calls
      .map(([u]) => new URL(String(u), 'http://x'))
      .filter((u) => u.pathname.endsWith('/calendar'))
    expect(calls.at(-1)!.searchParams.get('from')).toBe('2026-02-23')
    expect(calls.at(-1)!.searchParams.get('to')).toBe('2026-04-05')
    const cell = w.get('[data-testid="calendar-month-day-2026-03-20"]')
    expect(cell.find('[data-testid="calendar-event-7"]').text()).toContain('13:00')
    await cell.trigger('click')
    await flushPromises()
    expect(w.find('[data-testid="calendar-month"]').exists()).toBe(false)
    expect(w.find('[data-testid="calendar-day-2026-03-20"]').exists()).toBe(true)
    w.unmount()
  })

  it('opens the month grid on the month most of a straddling week belongs to, not on its Monday', async () => {
    const mock = fakeServer(routes())
    const w = await open('/sharing/resources/12?date=2026-03-20')
    // Two weeks on: Mon 30 Mar – Sun 5 Apr; neither the given day nor today (11 Mar) is in it.
    await w.get('[data-testid="calendar-next"]').trigger('click')
    await w.get('[data-testid="calendar-next"]').trigger('click')
    await flushPromises()
    await w.get('[data-testid="calendar-mode-month"] input').setValue(true)
    await flushPromises()
    const calls = mock.mock.calls
      .map(([u]) => new URL(String(u), 'http://x'))
      .filter((u) => u.pathname.endsWith('/calendar'))
    // April's grid (Mon 30 Mar – Sun 3 May), not March's.
    expect(calls.at(-1)!.searchParams.get('from')).toBe('2026-03-30')
    expect(calls.at(-1)!.searchParams.get('to')).toBe('2026-05-03')
    expect(w.find('[data-testid="calendar-month-day-2026-04-30"]').exists()).toBe(true)
    w.unmount()
  })

  it('opens the usage tab of a managed resource from ?tab=usage, with its figures and the range the server used', async () => {
    const mock = fakeServer([
      { path: '/api/sharing/resources/12', body: sampleResource({ canManage: true }) },
      { path: '/api/sharing/resources/12/calendar', body: calendar },
      { path: '/api/sharing/usage/resources/12', body: sampleResourceUsage() },
    ])
    const w = await open('/sharing/resources/12?tab=usage', 'INSTITUTION')
    await usageShown(w)
    const usage = w.get('[data-testid="resource-usage"]')
    expect(usage.get('[data-testid="resource-usage-period"]').text()).toContain('2025-09-01 至 2026-01-31')
    expect(usage.get('[data-testid="resource-usage-period"]').text()).toContain('本学期')
    const figure = (key: string) =>
      usage.get(`[data-testid="resource-usage-figure-${key}"] [data-testid="resource-usage-figure-value"]`).text()
    expect(figure('bookings')).toBe('40')
    expect(figure('utilisation')).toBe('13.3%')
    expect(figure('expired')).toBe('4')
    expect(figure('pending')).toBe('3')
    expect(figure('rating')).toBe('4.5')
    expect(usage.get('[data-testid="resource-usage-figure-expired"]').text()).toContain('已过期')
    expect(usage.get('[data-testid="resource-usage-top-requesters"]').text()).toContain('北京市西城区师范学校附属小学')
    expect(usage.find('[data-testid="resource-usage-chart-heatmap"]').exists()).toBe(true)
    // No range picked: the server's default term.
    const first = mock.mock.calls
      .map(([u]) => new URL(String(u), 'http://x'))
      .find((u) => u.pathname === '/api/sharing/usage/resources/12')!
    expect(first.search).toBe('')

    // Back to the calendar: the address loses the tab.
    await w.get('[data-testid="resource-tab-calendar"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query.tab).toBeUndefined()
    w.unmount()
  })

  it('asks for the picked range and shows a bad range under the picker', async () => {
    const table: FakeRoute[] = [
      { path: '/api/sharing/resources/12', body: sampleResource({ canManage: true }) },
      { path: '/api/sharing/resources/12/calendar', body: calendar },
      {
        path: '/api/sharing/usage/resources/12',
        status: 400,
        problem: true,
        body: {
          type: 'urn:xuequ:problem:validation',
          title: '输入有误',
          status: 400,
          errors: [{ field: 'to', reason: '区间不能超过两年' }],
        },
      },
    ]
    const mock = fakeServer(table)
    const w = await open('/sharing/resources/12?tab=usage', 'COMMISSION')
    await usageShown(w)
    expect(w.get('[data-testid="resource-usage-range-error"]').text()).toBe('区间不能超过两年')
    expect(w.find('[data-testid="problem"]').exists()).toBe(false)
    expect(w.findAll('[data-testid="resource-usage-range"] input')).toHaveLength(2)
    const picker = w.findAllComponents({ name: 'ElDatePicker' }).find((c) => c.props('type') === 'daterange')!
    table[2] = {
      path: '/api/sharing/usage/resources/12',
      body: sampleResourceUsage({ from: '2025-10-01', to: '2025-10-31' }),
    }
    picker.vm.$emit('update:modelValue', ['2025-10-01', '2025-10-31'])
    await flushPromises()
    const last = mock.mock.calls
      .map(([u]) => new URL(String(u), 'http://x'))
      .filter((u) => u.pathname === '/api/sharing/usage/resources/12')
      .at(-1)!
    expect(last.searchParams.get('from')).toBe('2025-10-01')
    expect(last.searchParams.get('to')).toBe('2025-10-31')
    expect(w.get('[data-testid="resource-usage-period"]').text()).toContain('2025-10-01 至 2025-10-31')
    expect(w.get('[data-testid="resource-usage-period"]').text()).not.toContain('本学期')
    expect(w.find('[data-testid="resource-usage-range-error"]').exists()).toBe(false)
    w.unmount()
  })

  it('shows no usage tab to someone who does not manage the resource, whatever the address says', async () => {
    fakeServer(routes())
    const w = await open('/sharing/resources/12?tab=usage')
    expect(w.find('[data-testid="resource-tab-usage"]').exists()).toBe(false)
    expect(w.find('[data-testid="resource-usage"]').exists()).toBe(false)
    expect(w.find('[data-testid="resource-calendar"]').exists()).toBe(true)
    w.unmount()
  })

  it('hides the book button from inspectors', async () => {
    fakeServer(routes())
    const w = await open('/sharing/resources/12', 'INSPECTOR')
    expect(w.find('[data-testid="resource-book"]').exists()).toBe(false)
    w.unmount()
  })
})
