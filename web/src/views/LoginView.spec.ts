// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { fakeServer, makeMe } from '@/test/helpers'
import LoginView from './LoginView.vue'

const csrf = { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 'tok' } }
const notSignedIn = {
  path: '/api/platform/auth/me',
  status: 401,
  problem: true,
  body: { title: '未登录', status: 401 },
}

async function mountLogin(url: string) {
  const pinia = createPinia()
  setActivePinia(pinia)
  await router.push(url)
  await router.isReady()
  const wrapper = mount(LoginView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

async function signIn(wrapper: Awaited<ReturnType<typeof mountLogin>>) {
  await wrapper.find('[data-testid="login-username"]').setValue('admin')
  await wrapper.find('[data-testid="login-password"]').setValue('wrong-password')
  await wrapper.find('form').trigger('submit')
  await vi.waitFor(async () => {
    await flushPromises()
    if (wrapper.find('[data-testid="login-submit"]').classes().includes('is-loading')) throw new Error('busy')
  })
  await flushPromises()
}

beforeEach(() => {
  applyLocale('zh-CN')
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('LoginView', () => {
  it('asks for a CSRF token before showing the form', async () => {
    const server = fakeServer([csrf, notSignedIn])
    const wrapper = await mountLogin('/login')
    expect(server.mock.calls.some(([url]) => url === '/api/platform/auth/csrf')).toBe(true)
    expect(wrapper.find('[data-testid="page-title"]').text()).toBe('用户登录')
    wrapper.unmount()
  })

  it("shows the problem's detail when the login is refused", async () => {
    fakeServer([
      csrf,
      notSignedIn,
      {
        method: 'POST',
        path: '/api/platform/auth/login',
        status: 401,
        problem: true,
        body: { title: '登录失败', status: 401, detail: '账号已锁定，请于 2025-03-01 10:30 后再试' },
      },
    ])
    const wrapper = await mountLogin('/login')
    await signIn(wrapper)
    await vi.waitFor(() => expect(wrapper.find('[data-testid="login-error"]').exists()).toBe(true))
    expect(wrapper.find('[data-testid="login-error"]').text()).toBe('账号已锁定，请于 2025-03-01 10:30 后再试')
    wrapper.unmount()
  })

  it('signs in, applies the saved language and goes to ?redirect=', async () => {
    fakeServer([
      csrf,
      notSignedIn,
      { method: 'POST', path: '/api/platform/auth/login', body: makeMe('ADMIN', { locale: 'en' }) },
    ])
    const wrapper = await mountLogin('/login?redirect=/sharing')
    await signIn(wrapper)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/sharing'))
    expect(document.documentElement.lang).toBe('en')
    expect(i18n.global.locale.value).toBe('en')
    wrapper.unmount()
  })
})
