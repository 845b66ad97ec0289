// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { applyLocale, i18n } from '@/i18n'
import type { UserAccount } from '@/api/types'
import { type FakeRoute, fakeServer } from '@/test/helpers'
import UserPasswordResetDialog from './UserPasswordResetDialog.vue'

const user: UserAccount = {
  id: 42,
  username: 'lisi',
  displayName: '李四',
  role: 'INSPECTOR',
  scope: { kind: 'REGION', regionCode: '110102', districtIds: [], unitId: null, label: '西城区' },
  enabled: true,
  locked: false,
  lockedUntil: null,
  lastLoginAt: null,
  passwordChangeRequired: false,
}
const PATH = '/api/platform/users/42/password-reset'

function mountDialog() {
  setActivePinia(createPinia())
  return mount(UserPasswordResetDialog, {
    props: { modelValue: true, user },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
}

const csrf: FakeRoute = { path: '/api/platform/auth/csrf', body: { headerName: 'X-XSRF-TOKEN', token: 'tok' } }

beforeEach(() => applyLocale('zh-CN'))

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('UserPasswordResetDialog', () => {
  it('shows the generated temporary password once, after the administrator confirms', async () => {
    const server = fakeServer([
      csrf,
      {
        method: 'POST',
        path: PATH,
        body: { user: { ...user, passwordChangeRequired: true }, temporaryPassword: 'Kp7mQ2xRt9Lw4Hzc' },
      },
    ])
    const wrapper = mountDialog()
    await flushPromises()
    expect(document.querySelector('[data-testid="user-reset-temporary"]')).toBeNull()

    ;(document.querySelector('[data-testid="user-reset-submit"]') as HTMLElement).click()
    await vi.waitFor(() => expect(document.querySelector('[data-testid="user-reset-temporary"]')).not.toBeNull())
    const input = document.querySelector('[data-testid="user-reset-temporary"]') as HTMLInputElement
    expect(input.value).toBe('Kp7mQ2xRt9Lw4Hzc')
    expect(input.readOnly).toBe(true)
    const call = server.mock.calls.find(([url]) => String(url) === PATH)!
    expect(JSON.parse(String(call[1]!.body))).toEqual({})
    expect(wrapper.emitted('reset')).toHaveLength(1)

    // Closed and opened again: the password is gone.
    await wrapper.setProps({ modelValue: false })
    await wrapper.setProps({ modelValue: true })
    await flushPromises()
    expect(document.querySelector('[data-testid="user-reset-temporary"]')).toBeNull()
    wrapper.unmount()
  })

  it("puts the server's refusal of a chosen password on the password field", async () => {
    fakeServer([
      csrf,
      {
        method: 'POST',
        path: PATH,
        status: 400,
        problem: true,
        body: { title: '请求数据有误', status: 400, errors: [{ field: 'password', reason: '过于常见，容易被猜中' }] },
      },
    ])
    const wrapper = mountDialog()
    await flushPromises()
    const choose = [...document.querySelectorAll('[data-testid="user-reset-mode"] input')][1] as HTMLInputElement
    choose.click()
    await flushPromises()
    const field = document.querySelector('[data-testid="user-reset-password"]') as HTMLInputElement
    field.value = 'Qwerty-123456'
    field.dispatchEvent(new Event('input'))
    await flushPromises()
    ;(document.querySelector('[data-testid="user-reset-submit"]') as HTMLElement).click()
    await vi.waitFor(() =>
      expect(document.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('过于常见，容易被猜中'),
    )
    expect(wrapper.emitted('reset')).toBeUndefined()
    wrapper.unmount()
  })
})
