// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { BookingView } from '@/api/sharing'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe } from '@/test/helpers'
import ApprovalsView from './ApprovalsView.vue'
import MyBookingsView from './MyBookingsView.vue'

function booking(over: Partial<BookingView>): BookingView {
  return {
    id: 7,
    version: 1,
    resourceId: 12,
    resourceName: '物理所礼堂',
    resourceKind: 'VENUE',
    ownerName: '中国科学院物理研究所',
    districtId: 5,
    startsAt: '2026-03-20T13:00:00+08:00',
    endsAt: '2026-03-20T17:00:00+08:00',
    attendees: 480,
    purpose: '学生成人仪式',
    status: 'REQUESTED',
    seriesId: null,
    requesterKind: 'UNIT',
    requesterName: '中关村中学知春分校',
    requestedBy: 'zhichun',
    createdAt: '2026-03-11T10:00:00+08:00',
    decidedBy: null,
    decidedAt: null,
    note: null,
    rating: null,
    ratingComment: null,
    waitlistPosition: null,
    canApprove: false,
    canCancel: false,
    canMarkUse: false,
    canRate: false,
    ...over,
  }
}

const page = (content: BookingView[]) => ({
  content,
  page: { size: 20, number: 0, totalElements: content.length, totalPages: 1 },
})

async function mountView(component: typeof ApprovalsView, path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe('INSTITUTION'))
  await router.push(path)
  const w = mount(component, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return w
}

beforeEach(() => {
  applyLocale('zh-CN')
  document.cookie = 'XSRF-TOKEN=test-token'
})
afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('bookings to approve', { timeout: 30000 }, () => {
  it('opens on the requests waiting for a decision and approves one with a note', async () => {
    const mock = fakeServer([
      { path: '/api/sharing/bookings', body: page([booking({ canApprove: true, canCancel: true })]) },
      { method: 'POST', path: '/api/sharing/bookings/7/approve', body: booking({ status: 'CONFIRMED' }) },
    ])
    const w = await mountView(ApprovalsView, '/sharing/approvals')
    const list = new URL(String(mock.mock.calls[0]![0]), 'http://x')
    expect(list.searchParams.get('view')).toBe('managed')
    expect(list.searchParams.get('status')).toBe('REQUESTED')
    expect(w.get('[data-testid="booking-row-7"]').text()).toBe('物理所礼堂')
    expect(w.get('[data-testid="booking-time-7"]').text()).toBe('2026-03-20 13:00–17:00')
    expect(w.text()).toContain('中关村中学知春分校')

    await w.get('[data-testid="booking-approve-7"]').trigger('click')
    await flushPromises()
    const box = document.querySelector('.el-message-box')!
    const input = box.querySelector('textarea')!
    input.value = '请提前半小时入场'
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    ;(box.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement).click()
    await vi.waitFor(() => expect(mock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true))
    const post = mock.mock.calls.find(([, init]) => init?.method === 'POST')!
    expect(String(post[0])).toBe('/api/sharing/bookings/7/approve')
    expect(JSON.parse(String(post[1]!.body))).toEqual({ note: '请提前半小时入场' })
    w.unmount()
  })

  it('shows only the actions the server allows', async () => {
    fakeServer([{ path: '/api/sharing/bookings', body: page([booking({ status: 'CONFIRMED', canMarkUse: true })]) }])
    const w = await mountView(ApprovalsView, '/sharing/approvals?status=CONFIRMED')
    expect(w.find('[data-testid="booking-approve-7"]').exists()).toBe(false)
    expect(w.find('[data-testid="booking-used-7"]').exists()).toBe(true)
    expect(w.find('[data-testid="booking-no-show-7"]').exists()).toBe(true)
    expect(w.get('[data-testid="booking-status-7"]').text()).toBe('已确认')
    w.unmount()
  })
})

describe('my bookings', { timeout: 30000 }, () => {
  it('lists every status by default, with the waitlist position and series mark', async () => {
    const mock = fakeServer([
      {
        path: '/api/sharing/bookings',
        body: page([booking({ status: 'WAITLISTED', waitlistPosition: 2, seriesId: 3, canCancel: true })]),
      },
    ])
    const w = await mountView(MyBookingsView, '/sharing/bookings')
    const list = new URL(String(mock.mock.calls[0]![0]), 'http://x')
    expect(list.searchParams.get('view')).toBe('mine')
    expect(list.searchParams.has('status')).toBe(false)
    expect(w.text()).toContain('候补第 2 位')
    expect(w.find('[data-testid="booking-cancel-series-7"]').exists()).toBe(true)
    w.unmount()
  })

  it('shows a request nobody decided in time as expired, grey, with nothing left to do', async () => {
    fakeServer([{ path: '/api/sharing/bookings', body: page([booking({ status: 'EXPIRED' })]) }])
    const w = await mountView(MyBookingsView, '/sharing/bookings?status=EXPIRED')
    const tag = w.get('[data-testid="booking-status-7"] .el-tag')
    expect(tag.text()).toBe('已过期')
    expect(tag.classes()).toContain('el-tag--info')
    expect(w.find('[data-testid="booking-cancel-7"]').exists()).toBe(false)
    w.unmount()
  })
})
