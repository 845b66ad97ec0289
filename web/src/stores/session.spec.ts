// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { applyLocale, i18n } from '@/i18n'
import { fakeServer, makeMe } from '@/test/helpers'
import { useSessionStore } from './session'

beforeEach(() => {
  setActivePinia(createPinia())
  applyLocale('zh-CN')
})

afterEach(() => {
  vi.unstubAllGlobals()
  applyLocale('zh-CN')
})

describe('session store', () => {
  it('asks the server once, even for concurrent navigations', async () => {
    const server = fakeServer([{ path: '/api/platform/auth/me', body: makeMe('COMMISSION', { demo: true }) }])
    const session = useSessionStore()
    const [a, b] = await Promise.all([session.ensure(), session.ensure()])
    await session.ensure()
    expect(a?.role).toBe('COMMISSION')
    expect(b).toBe(a)
    expect(server).toHaveBeenCalledTimes(1)
    expect(session.showSampleBanner).toBe(true)
  })

  it('treats a 401 as signed out and remembers it', async () => {
    const server = fakeServer([
      { path: '/api/platform/auth/me', status: 401, problem: true, body: { title: '未登录', status: 401 } },
    ])
    const session = useSessionStore()
    expect(await session.ensure()).toBeNull()
    expect(await session.ensure()).toBeNull()
    expect(server).toHaveBeenCalledTimes(1)
  })

  it('probes again after a server failure', async () => {
    const server = fakeServer([
      { path: '/api/platform/auth/me', status: 503, problem: true, body: { title: 'Unavailable', status: 503 } },
    ])
    const session = useSessionStore()
    expect(await session.ensure()).toBeNull()
    await session.ensure()
    expect(server).toHaveBeenCalledTimes(2)
  })

  it("applies the user's saved language on login and refreshes the CSRF token", async () => {
    const server = fakeServer([
      { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } },
      { method: 'POST', path: '/api/platform/auth/login', body: makeMe('ADMIN', { locale: 'en' }) },
    ])
    const session = useSessionStore()
    await session.login('admin', 'pw')
    expect(i18n.global.locale.value).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    const urls = server.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${String(url)}`)
    expect(urls.at(-1)).toBe('GET /api/platform/auth/csrf')
  })

  it('remembers a language switch on the server for a signed-in user', async () => {
    const server = fakeServer([
      { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } },
      { method: 'PUT', path: '/api/platform/auth/me/locale', body: makeMe('UNIT', { locale: 'en' }) },
    ])
    const session = useSessionStore()
    session.setMe(makeMe('UNIT'))
    await session.changeLocale('en')
    expect(i18n.global.locale.value).toBe('en')
    const put = server.mock.calls.find(([, init]) => init?.method === 'PUT')!
    expect(JSON.parse(String(put[1]!.body))).toEqual({ locale: 'en' })
    expect(session.me?.locale).toBe('en')
  })

  it('forgets the user on logout even if the server call fails', async () => {
    fakeServer([{ path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 't' } }])
    const session = useSessionStore()
    session.setMe(makeMe('ADMIN'))
    await session.logout().catch(() => undefined)
    expect(session.me).toBeNull()
    expect(session.showSampleBanner).toBe(false)
  })
})
