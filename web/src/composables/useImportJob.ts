import { computed, getCurrentScope, onScopeDispose, ref, shallowRef } from 'vue'
import { excelApi } from '@/api/excel'
import { isAbort, isProblemError } from '@/api/problem'
import type { ExcelImportJob, ExcelImportProblem, ExcelJobStarted } from '@/api/types'
import { describeError } from '@/utils/reportError'

export const JOB_POLL_MS = 500

export interface ImportJobOptions {
  /** Milliseconds between two polls. */
  interval?: number
  /** Reads a job's state (default: GET /api/platform/jobs/{id}). */
  fetchJob?: (jobId: string, signal: AbortSignal) => Promise<ExcelImportJob>
}

/**
 * One asynchronous import: starts the job, polls its state until it succeeds or fails, and keeps
 * the last state. A failure to start (or to poll) is kept as a problem like a failed job's.
 * Starting again, `reset()` or leaving the page stops the polling.
 */
export function useImportJob(options: ImportJobOptions = {}) {
  const interval = options.interval ?? JOB_POLL_MS
  const fetchJob = options.fetchJob ?? ((id: string, signal: AbortSignal) => excelApi.job(id, signal))

  const job = shallowRef<ExcelImportJob | null>(null)
  /** A problem that is not the job's own (the upload was refused, the job vanished). */
  const requestProblem = shallowRef<ExcelImportProblem | null>(null)
  const running = ref(false)

  let controller: AbortController | null = null
  let timer: ReturnType<typeof setTimeout> | null = null

  function stop(): void {
    if (timer !== null) clearTimeout(timer)
    timer = null
    controller?.abort()
    controller = null
    running.value = false
  }

  function reset(): void {
    stop()
    job.value = null
    requestProblem.value = null
  }

  function fail(e: unknown): void {
    if (isProblemError(e) && e.status !== 0) {
      requestProblem.value = { ...(e.problem as ExcelImportProblem), ...describeError(e) }
    } else {
      requestProblem.value = describeError(e)
    }
    running.value = false
  }

  async function poll(jobId: string, ctl: AbortController): Promise<void> {
    timer = null
    try {
      const state = await fetchJob(jobId, ctl.signal)
      if (ctl !== controller) return
      job.value = state
      if (state.state === 'RUNNING') {
        timer = setTimeout(() => void poll(jobId, ctl), interval)
      } else {
        running.value = false
        controller = null
      }
    } catch (e) {
      if (ctl !== controller || isAbort(e)) return
      controller = null
      fail(e)
    }
  }

  /** Starts a job with `starter` (e.g. the upload) and follows it to the end. */
  async function start(starter: () => Promise<ExcelJobStarted>): Promise<void> {
    reset()
    const ctl = new AbortController()
    controller = ctl
    running.value = true
    job.value = { state: 'RUNNING', phase: 'QUEUED', processed: 0, total: 0 }
    try {
      const { jobId } = await starter()
      if (ctl !== controller) return
      await poll(jobId, ctl)
    } catch (e) {
      if (ctl !== controller || isAbort(e)) return
      controller = null
      job.value = null
      fail(e)
    }
  }

  const percent = computed(() => {
    const j = job.value
    if (!j) return 0
    if (j.state !== 'RUNNING') return 100
    if (!j.total) return 0
    return Math.min(100, Math.round(((j.processed ?? 0) * 100) / j.total))
  })
  const result = computed(() => (job.value?.state === 'SUCCEEDED' ? (job.value.result ?? null) : null))
  const problem = computed<ExcelImportProblem | null>(() =>
    job.value?.state === 'FAILED' ? (job.value.problem ?? { title: undefined }) : requestProblem.value,
  )

  if (getCurrentScope()) onScopeDispose(stop)

  return { job, running, percent, result, problem, start, stop, reset }
}
