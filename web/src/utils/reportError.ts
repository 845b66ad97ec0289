import { h } from 'vue'
import { ElMessage } from 'element-plus'
import { isAbort, isProblemError } from '@/api/problem'
import { i18n } from '@/i18n'
import { router } from '@/router'

export interface ReportOptions {
  /** The error came from loading a page: a 403 then means "this page is not for you". */
  navigation?: boolean
}

/** Title and detail to show for any thrown value, localized. */
export function describeError(e: unknown): { title: string; detail?: string } {
  const t = i18n.global.t
  if (isProblemError(e)) {
    if (e.status === 0) return { title: t('errors.network') }
    const title = e.problem.title || t('errors.httpStatus', { status: e.status })
    const detail = e.problem.detail && e.problem.detail !== title ? e.problem.detail : undefined
    return { title, detail }
  }
  return { title: t('errors.unknown') }
}

/**
 * The single place that tells the user something failed: 401 is already handled by the client
 * (redirect to login), a 403 while loading a page goes to /403, everything else is a message.
 */
export function reportError(e: unknown, opts: ReportOptions = {}): void {
  if (isAbort(e)) return
  if (isProblemError(e)) {
    if (e.status === 401) return
    if (e.status === 403 && opts.navigation) {
      void router.replace({ path: '/403', query: { from: router.currentRoute.value.fullPath } })
      return
    }
  } else {
    console.error(e)
  }
  const { title, detail } = describeError(e)
  ElMessage({
    type: 'error',
    grouping: true,
    showClose: true,
    duration: 5000,
    message: detail ? h('div', [h('strong', title), h('div', { class: 'message-detail' }, detail)]) : title,
  })
}
