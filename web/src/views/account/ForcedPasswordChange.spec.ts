// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { applyLocale, i18n } from '@/i18n'
import { router } from '@/router'
import { fakeServer, makeMe, type FakeRoute } from '@/test/helpers'
import LoginView from '@/views/LoginView.vue'

const csrf: FakeRoute = { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 'tok' } }
const notSignedIn: FakeRoute = {
  path: '/api/platform/auth/me',
  status: 401,
  problem: true,
  body: { title: '未登录', status: 401 },
}

beforeEach(() => applyLocale('zh-CN'))

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('sign-in with a reset password', () => {
  it('goes to the forced change screen instead of ?redirect=, and stays there', async () => {
    fakeServer([
      csrf,
      notSignedIn,
      { method: 'POST', path: '/api/platform/auth/login', body: makeMe('INSPECTOR', { passwordChangeRequired: true }) },
    ])
    const pinia = createPinia()
    setActivePinia(pinia)
    await router.push('/login?redirect=/sharing')
    await router.isReady()
    const wrapper = mount(LoginView, { global: { plugins: [pinia, i18n, router] }, attachTo: document.body })
    await flushPromises()

    await wrapper.find('[data-testid="login-username"]').setValue('inspector')
    await wrapper.find('[data-testid="login-password"]').setValue('Kp7mQ2xRt9Lw4Hzc')
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/password-change'), { timeout: 5000 })

    await router.push('/sharing')
    expect(router.currentRoute.value.path).toBe('/password-change')
    wrapper.unmount()
  })
})
