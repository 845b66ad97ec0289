import type { FieldError, Problem } from './types'

/** Thrown by the API client for every non-2xx response (and for network failures, with status 0). */
export class ProblemError extends Error {
  readonly status: number
  readonly problem: Problem

  constructor(status: number, problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${status}`)
    this.name = 'ProblemError'
    this.status = status
    this.problem = problem
  }

  get fieldErrors(): FieldError[] {
    return Array.isArray(this.problem.errors) ? this.problem.errors : []
  }
}

export function isProblemError(e: unknown): e is ProblemError {
  return e instanceof ProblemError
}

/** Status 0 marks a request that never got an HTTP answer (offline, server down, aborted). */
export function isNetworkFailure(e: unknown): boolean {
  return isProblemError(e) && e.status === 0
}

export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError'
}
