/**
 * The one HTTP client of the console: fetch + same-origin session cookie, CSRF header on writes,
 * Accept-Language from the UI locale, RFC 9457 problems turned into ProblemError.
 */
import { ProblemError } from './problem'
import type { CsrfToken, Locale, Problem } from './types'

export const CSRF_COOKIE = 'XSRF-TOKEN'
export const DEFAULT_CSRF_HEADER = 'X-XSRF-TOKEN'
export const CSRF_PATH = '/api/platform/auth/csrf'

export interface ClientHooks {
  /** Current UI locale, sent as Accept-Language. */
  getLocale(): Locale
  /** Called on a 401 answer unless the call opted out (login, session probe). */
  onUnauthorized(): void
}

const hooks: ClientHooks = {
  getLocale: () => 'zh-CN',
  onUnauthorized: () => {},
}

/** Header name and token last returned by GET /csrf; used only when the cookie cannot be read. */
let csrfFallback: CsrfToken | null = null

export function configureClient(h: Partial<ClientHooks>): void {
  Object.assign(hooks, h)
}

export type QueryValue = string | number | boolean | null | undefined
/** Any flat object of query values; arrays repeat the key. */
export type Query = object

export interface RequestOptions {
  query?: Query
  body?: unknown
  /** Multipart body (file uploads); the browser sets the Content-Type with its boundary. */
  form?: FormData
  signal?: AbortSignal
  /** false: a 401 is the caller's business (e.g. wrong password), do not go to the login page. */
  authRedirect?: boolean
}

export function readCookie(name: string): string | null {
  if (typeof document === 'undefined') return null
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim())
  }
  return null
}

/** Builds `path?a=1&b=2`, leaving out empty values so the server sees only real filters. */
export function buildUrl(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, raw] of Object.entries(query)) {
    const values: QueryValue[] = Array.isArray(raw) ? raw : [raw]
    for (const v of values) {
      if (v === undefined || v === null || v === '') continue
      params.append(key, String(v))
    }
  }
  const qs = params.toString()
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path
}

/** Asks the server for a CSRF token; it also (re)sets the XSRF-TOKEN cookie. */
export async function fetchCsrf(): Promise<CsrfToken> {
  const token = await request<CsrfToken>('GET', CSRF_PATH, { authRedirect: false })
  csrfFallback = token
  return token
}

async function csrfHeader(): Promise<[string, string]> {
  const headerName = csrfFallback?.headerName || DEFAULT_CSRF_HEADER
  // The cookie is read at request time: the server rotates it on login and logout.
  const cookie = readCookie(CSRF_COOKIE)
  if (cookie) return [headerName, cookie]
  const fresh = csrfFallback ?? (await fetchCsrf())
  return [fresh.headerName || DEFAULT_CSRF_HEADER, readCookie(CSRF_COOKIE) ?? fresh.token]
}

function isJson(res: Response): boolean {
  const type = res.headers.get('Content-Type') || ''
  return type.includes('application/json') || type.includes('+json')
}

async function readProblem(res: Response): Promise<Problem> {
  if (isJson(res)) {
    try {
      const body = (await res.json()) as Problem
      if (body && typeof body === 'object') return { status: res.status, ...body }
    } catch {
      /* fall through to a synthesized problem */
    }
  }
  return { status: res.status, title: res.statusText || `HTTP ${res.status}` }
}

async function send(method: string, path: string, opts: RequestOptions, accept: string): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: accept,
    'Accept-Language': hooks.getLocale(),
  }
  if (opts.body !== undefined && !opts.form) headers['Content-Type'] = 'application/json'
  if (method !== 'GET' && method !== 'HEAD') {
    const [name, value] = await csrfHeader()
    headers[name] = value
  }

  let res: Response
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.form ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
      signal: opts.signal,
    })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e
    throw new ProblemError(0, { status: 0 })
  }

  if (!res.ok) {
    const problem = await readProblem(res)
    if (res.status === 401 && opts.authRedirect !== false) hooks.onUnauthorized()
    throw new ProblemError(res.status, problem)
  }
  return res
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, path, opts, 'application/json, application/problem+json')
  if (res.status === 204 || !isJson(res)) return undefined as T
  return (await res.json()) as T
}

/** A file answer (e.g. an .xlsx download); errors still arrive as problems. */
export async function requestBlob(method: string, path: string, opts: RequestOptions = {}): Promise<Blob> {
  const res = await send(method, path, opts, '*/*, application/problem+json')
  return res.blob()
}

export const http = {
  get: <T>(path: string, opts?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, { ...opts, body }),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, { ...opts, body }),
  delete: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),
}

/** For tests only. */
export function resetClientState(): void {
  csrfFallback = null
}
