// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { applyLocale, i18n } from '@/i18n'
import { useSessionStore } from '@/stores/session'
import { type FakeRoute, fakeServer, makeMe } from '@/test/helpers'
import PasswordChangeForm from './PasswordChangeForm.vue'

const PATH = '/api/platform/auth/password'

function mountForm() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().setMe(makeMe('INSPECTOR', { username: 'zhangsan', passwordChangeRequired: true }))
  return mount(PasswordChangeForm, { global: { plugins: [pinia, i18n] }, attachTo: document.body })
}

async function fill(wrapper: ReturnType<typeof mountForm>, current: string, next: string, confirm = next) {
  await wrapper.find('[data-testid="password-current"]').setValue(current)
  await wrapper.find('[data-testid="password-new"]').setValue(next)
  await wrapper.find('[data-testid="password-confirm"]').setValue(confirm)
  await wrapper.find('form').trigger('submit')
  await vi.waitFor(async () => {
    await flushPromises()
    if (wrapper.find('[data-testid="password-submit"]').classes().includes('is-loading')) throw new Error('busy')
  })
  await flushPromises()
}

function errorOf(wrapper: ReturnType<typeof mountForm>, testid: string): string {
  return (
    wrapper
      .find(`[data-testid="${testid}"]`)
      .element.closest('.el-form-item')!
      .querySelector('.el-form-item__error')
      ?.textContent?.trim() ?? ''
  )
}

const csrf: FakeRoute = { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 'tok' } }

beforeEach(() => applyLocale('zh-CN'))

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('PasswordChangeForm', () => {
  it("puts the server's field errors on the fields", async () => {
    fakeServer([
      csrf,
      {
        method: 'PUT',
        path: PATH,
        status: 400,
        problem: true,
        body: {
          title: '请求数据有误',
          status: 400,
          errors: [
            { field: 'currentPassword', reason: '当前密码不正确' },
            { field: 'newPassword', reason: '过于常见，容易被猜中' },
          ],
        },
      },
    ])
    const wrapper = mountForm()
    await fill(wrapper, 'Old-Password-1', 'Qwerty-123456')
    await vi.waitFor(() => expect(errorOf(wrapper, 'password-current')).toBe('当前密码不正确'), { timeout: 5000 })
    await vi.waitFor(() => expect(errorOf(wrapper, 'password-new')).toBe('过于常见，容易被猜中'))
    wrapper.unmount()
  })

  it('updates the session and reports the change', async () => {
    const server = fakeServer([
      csrf,
      { method: 'PUT', path: PATH, body: makeMe('INSPECTOR', { username: 'zhangsan' }) },
    ])
    const wrapper = mountForm()
    await fill(wrapper, 'Old-Password-1', 'Tide-Lamp-83')
    await vi.waitFor(() => expect(wrapper.emitted('changed')).toHaveLength(1))
    expect(useSessionStore().me?.passwordChangeRequired).toBe(false)
    const call = server.mock.calls.find(([url]) => String(url) === PATH)!
    expect(JSON.parse(String(call[1]!.body))).toEqual({
      currentPassword: 'Old-Password-1',
      newPassword: 'Tide-Lamp-83',
    })
    wrapper.unmount()
  })
})
