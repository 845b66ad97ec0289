import { onMounted, ref, shallowRef } from 'vue'
import { isAbort, isProblemError } from '@/api/problem'
import { describeError, reportError } from '@/utils/reportError'

export interface ShownProblem {
  title: string
  detail?: string
}

/**
 * One read-only resource of a page section: data, loading flag, and the problem to show in place
 * (title and detail as the server sent them). Only the latest call's answer counts.
 */
export function useResource<T>(
  fetcher: () => Promise<T>,
  options: {
    immediate?: boolean
    /** The resource is what the page shows: a 403 means the page is not for the user (→ /403). */
    navigation?: boolean
  } = {},
) {
  const data = shallowRef<T | null>(null)
  const loading = ref(false)
  const error = shallowRef<ShownProblem | null>(null)
  let seq = 0

  async function load(): Promise<void> {
    const mine = ++seq
    loading.value = true
    error.value = null
    try {
      const result = await fetcher()
      if (mine === seq) data.value = result
    } catch (e) {
      // 401: the client already sends the user to the login page.
      if (mine !== seq || isAbort(e) || (isProblemError(e) && e.status === 401)) return
      if (options.navigation && isProblemError(e) && e.status === 403) reportError(e, { navigation: true })
      error.value = describeError(e)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  if (options.immediate !== false) onMounted(load)

  return { data, loading, error, load }
}
