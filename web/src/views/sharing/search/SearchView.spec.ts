// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { ResourceCard } from '@/api/sharing'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeServer, makeMe } from '@/test/helpers'
import { sampleResource } from '../model/fixtures'
import SearchView from './SearchView.vue'

const hall: ResourceCard = { ...sampleResource(), score: 3.2 }
const page = (content: ResourceCard[]) => ({
  content,
  page: { size: 20, number: 0, totalElements: content.length, totalPages: 1 },
})

async function open(path: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe('UNIT'))
  await router.push(path)
  const w = mount(SearchView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return w
}

function searchCalls(mock: ReturnType<typeof fakeServer>): URL[] {
  return mock.mock.calls
    .map(([input]) => new URL(String(input), 'http://x'))
    .filter((u) => u.pathname === '/api/sharing/resources/search')
}

beforeEach(() => {
  applyLocale('zh-CN')
  // Wednesday 2026-03-11, 10:00 in Beijing.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-03-11T02:00:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('resource search page', { timeout: 30000 }, () => {
  it('turns "下周五下午能容纳500人的礼堂" into one query and marks the words in the results', async () => {
    const mock = fakeServer([{ path: '/api/sharing/resources/search', body: page([hall]) }])
    const w = await open('/sharing/resources')
    await w.get('input[data-testid="sharing-search-input"]').setValue('下周五下午能容纳500人的礼堂')
    await w.get('form[role="search"]').trigger('submit')
    await flushPromises()

    const last = searchCalls(mock).at(-1)!
    expect(last.searchParams.get('q')).toBe('礼堂')
    expect(last.searchParams.get('minCapacity')).toBe('500')
    expect(last.searchParams.get('freeFrom')).toBe('2026-03-20T13:00:00+08:00')
    expect(last.searchParams.get('freeTo')).toBe('2026-03-20T17:00:00+08:00')
    expect(last.searchParams.get('sort')).toBe('relevance')
    expect(w.get('[data-testid="sharing-search-recognised"]').text()).toContain('2026-03-20 下午空闲')
    expect(router.currentRoute.value.query).toMatchObject({
      q: '礼堂',
      minCapacity: '500',
      date: '2026-03-20',
      period: 'AFTERNOON',
    })

    const first = w.get('[data-testid="resource-result"]')
    expect(first.find('mark').text()).toBe('礼堂')
    expect(first.get('[data-testid="resource-result-link"]').attributes('href')).toBe(
      '/sharing/resources/12?book=1&date=2026-03-20&from=13:00&to=17:00',
    )
    expect(w.get('[data-testid="sharing-search-count"]').text()).toContain('1')
    w.unmount()
  })

  it('restores a shared search from the address bar', async () => {
    const mock = fakeServer([{ path: '/api/sharing/resources/search', body: page([]) }])
    const w = await open('/sharing/resources?q=实验室&kind=LAB&kind=VENUE&districtId=5&sort=rating&page=2')
    const first = searchCalls(mock)[0]!
    expect(first.searchParams.getAll('kind')).toEqual(['LAB', 'VENUE'])
    expect(first.searchParams.get('districtId')).toBe('5')
    expect(first.searchParams.get('page')).toBe('1')
    expect(first.searchParams.get('sort')).toBe('rating')
    expect(w.text()).toContain('没有符合条件的资源')
    w.unmount()
  })

  it('follows the address bar when the user goes back or opens the bare catalogue', async () => {
    const mock = fakeServer([{ path: '/api/sharing/resources/search', body: page([hall]) }])
    const w = await open('/sharing/resources?q=礼堂&minCapacity=500')
    await router.push('/sharing/resources')
    await flushPromises()
    const last = searchCalls(mock).at(-1)!
    expect(last.searchParams.has('q')).toBe(false)
    expect(last.searchParams.has('minCapacity')).toBe(false)
    expect((w.get('input[data-testid="sharing-search-input"]').element as HTMLInputElement).value).toBe('')
    w.unmount()
  })

  it('shows the problem the server sent', async () => {
    fakeServer([
      {
        path: '/api/sharing/resources/search',
        status: 400,
        problem: true,
        body: {
          title: '参数有误',
          status: 400,
          detail: 'freeTo 须晚于 freeFrom',
          errors: [{ field: 'freeTo', reason: '须晚于开始' }],
        },
      },
    ])
    const w = await open('/sharing/resources')
    expect(w.get('[data-testid="problem"]').text()).toContain('参数有误')
    w.unmount()
  })
})
