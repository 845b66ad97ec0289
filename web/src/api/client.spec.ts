// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildUrl, configureClient, http, readCookie, resetClientState } from './client'
import { ProblemError } from './problem'

let cookie = ''
const fetchMock = vi.fn<typeof fetch>()

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

function lastHeaders(): Record<string, string> {
  const init = fetchMock.mock.calls.at(-1)![1]!
  return init.headers as Record<string, string>
}

beforeEach(() => {
  cookie = ''
  Object.defineProperty(document, 'cookie', { configurable: true, get: () => cookie })
  vi.stubGlobal('fetch', fetchMock)
  fetchMock.mockReset()
  resetClientState()
  configureClient({ getLocale: () => 'zh-CN', onUnauthorized: () => {} })
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('buildUrl', () => {
  it('drops empty filters and encodes the rest', () => {
    expect(buildUrl('/api/registry/units', { name: '西城 一小', type: '', districtId: null, page: 0, size: 20 })).toBe(
      '/api/registry/units?name=%E8%A5%BF%E5%9F%8E+%E4%B8%80%E5%B0%8F&page=0&size=20',
    )
    expect(buildUrl('/x', { ids: [1, 2] })).toBe('/x?ids=1&ids=2')
    expect(buildUrl('/x', {})).toBe('/x')
  })
})

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    cookie = 'JSESSIONID=1; XSRF-TOKEN=a%2Bb; other=2'
    expect(readCookie('XSRF-TOKEN')).toBe('a+b')
    expect(readCookie('missing')).toBeNull()
  })
})

describe('request', () => {
  it('sends the UI locale and same-origin credentials, and no CSRF header on GET', async () => {
    configureClient({ getLocale: () => 'en' })
    cookie = 'XSRF-TOKEN=t1'
    fetchMock.mockResolvedValueOnce(json(200, { ok: true }))
    await expect(http.get('/api/platform/auth/me')).resolves.toEqual({ ok: true })
    const init = fetchMock.mock.calls[0]![1]!
    expect(init.credentials).toBe('same-origin')
    expect(lastHeaders()['Accept-Language']).toBe('en')
    expect(lastHeaders()['X-XSRF-TOKEN']).toBeUndefined()
  })

  it('reads the CSRF cookie at request time for every write', async () => {
    fetchMock.mockImplementation(async () => json(200, {}))
    cookie = 'XSRF-TOKEN=first'
    await http.post('/api/x', { a: 1 })
    expect(lastHeaders()['X-XSRF-TOKEN']).toBe('first')
    expect(lastHeaders()['Content-Type']).toBe('application/json')
    expect(fetchMock.mock.calls[0]![1]!.body).toBe('{"a":1}')
    cookie = 'XSRF-TOKEN=rotated'
    await http.put('/api/x', {})
    expect(lastHeaders()['X-XSRF-TOKEN']).toBe('rotated')
  })

  it('fetches a token first when there is no CSRF cookie yet', async () => {
    fetchMock
      .mockResolvedValueOnce(json(200, { headerName: 'X-XSRF-TOKEN', token: 'from-body' }))
      .mockResolvedValueOnce(new Response(null, { status: 204 }))
    await expect(http.post('/api/platform/auth/logout')).resolves.toBeUndefined()
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/platform/auth/csrf')
    expect(lastHeaders()['X-XSRF-TOKEN']).toBe('from-body')
  })

  it('turns a problem+json answer into a ProblemError with field errors', async () => {
    cookie = 'XSRF-TOKEN=t'
    fetchMock.mockResolvedValueOnce(
      json(
        400,
        {
          title: '请求参数不正确',
          status: 400,
          detail: '有 1 处错误',
          errors: [{ field: 'name', reason: '不能为空' }],
        },
        'application/problem+json',
      ),
    )
    const error = await http.post('/api/registry/units', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProblemError)
    const p = error as ProblemError
    expect(p.status).toBe(400)
    expect(p.problem.title).toBe('请求参数不正确')
    expect(p.fieldErrors).toEqual([{ field: 'name', reason: '不能为空' }])
  })

  it('synthesizes a problem when the error body is not JSON', async () => {
    fetchMock.mockResolvedValueOnce(
      new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    )
    const error = (await http.get('/api/x').catch((e: unknown) => e)) as ProblemError
    expect(error.status).toBe(502)
    expect(error.problem.title).toBe('Bad Gateway')
  })

  it('reports a 401 to the session hook unless the caller opted out', async () => {
    const onUnauthorized = vi.fn()
    configureClient({ onUnauthorized })
    fetchMock.mockImplementation(async () => json(401, { title: '未登录', status: 401 }, 'application/problem+json'))
    await http.get('/api/registry/units').catch(() => undefined)
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
    await http.get('/api/platform/auth/me', { authRedirect: false }).catch(() => undefined)
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })

  it('marks network failures with status 0', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))
    const error = (await http.get('/api/x').catch((e: unknown) => e)) as ProblemError
    expect(error).toBeInstanceOf(ProblemError)
    expect(error.status).toBe(0)
  })
})
