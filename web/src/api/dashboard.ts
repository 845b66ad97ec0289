import { http } from './client'
import type { Dashboard } from './types'

export const dashboardApi = {
  get: (signal?: AbortSignal) => http.get<Dashboard>('/api/platform/dashboard', { signal }),
}
