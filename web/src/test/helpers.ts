import { vi } from 'vitest'
import type { Me, Role } from '@/api/types'

/** A signed-in user as GET /me would return it. */
export function makeMe(role: Role, overrides: Partial<Me> = {}): Me {
  return {
    id: 1,
    username: 'tester',
    displayName: '测试用户',
    role,
    locale: 'zh-CN',
    scope: { kind: 'REGION', regionCode: '110102', districtIds: [], unitId: null, label: '西城区' },
    demo: false,
    passwordChangeRequired: false,
    ...overrides,
  }
}

export interface FakeRoute {
  method?: string
  path: string
  status?: number
  body?: unknown
  problem?: boolean
}

/**
 * Replaces fetch with a tiny router over canned answers (first match wins; unmatched calls get a
 * 404 problem). Returns the mock to inspect calls.
 */
export function fakeServer(routes: FakeRoute[]) {
  const mock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input)
    const method = init?.method ?? 'GET'
    const route = routes.find((r) => (r.method ?? 'GET') === method && url.split('?')[0] === r.path)
    const status = route?.status ?? (route ? 200 : 404)
    if (status === 204) return new Response(null, { status })
    const body = route ? route.body : { title: 'Not Found', status: 404 }
    const type = route?.problem || !route ? 'application/problem+json' : 'application/json'
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
  })
  vi.stubGlobal('fetch', mock)
  return mock
}
