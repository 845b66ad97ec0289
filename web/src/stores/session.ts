import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { authApi } from '@/api/auth'
import { isProblemError } from '@/api/problem'
import type { Locale, Me } from '@/api/types'
import { applyLocale } from '@/i18n'

/** Who is signed in, loaded once per page load from GET /me and kept in sync on login/logout. */
export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null)
  const checked = ref(false)
  /** The dashboard reported `sampleData: true`. */
  const sampleData = ref(false)
  let pending: Promise<Me | null> | null = null

  const role = computed(() => me.value?.role ?? null)
  const showSampleBanner = computed(() => !!me.value && (me.value.demo || sampleData.value))

  function setMe(value: Me): void {
    me.value = value
    checked.value = true
    if (value.locale) applyLocale(value.locale)
  }

  function clear(): void {
    me.value = null
    sampleData.value = false
    checked.value = true
  }

  /** The signed-in user, asking the server only the first time (or after a failed probe). */
  async function ensure(): Promise<Me | null> {
    if (checked.value) return me.value
    pending ??= authApi
      .me()
      .then((value) => {
        setMe(value)
        return value
      })
      .catch((e: unknown) => {
        if (isProblemError(e) && e.status === 401) clear()
        // Any other failure (server down): treat as signed out but probe again next time.
        return null
      })
      .finally(() => {
        pending = null
      })
    return pending
  }

  async function login(username: string, password: string): Promise<Me> {
    const value = await authApi.login({ username, password })
    setMe(value)
    // The server rotates the CSRF token on login; fetch the new one before the next write.
    await authApi.csrf().catch(() => undefined)
    return value
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  /** Applies a language at once; remembered on the server for the signed-in user. */
  async function changeLocale(locale: Locale): Promise<void> {
    applyLocale(locale)
    if (me.value) me.value = { ...(await authApi.setLocale(locale)), locale }
  }

  return { me, checked, sampleData, role, showSampleBanner, setMe, clear, ensure, login, logout, changeLocale }
})
