import { fetchCsrf, http } from './client'
import type { Locale, LoginRequest, Me, PasswordChangeRequest } from './types'

const base = '/api/platform/auth'

export const authApi = {
  csrf: fetchCsrf,
  login: (body: LoginRequest) => http.post<Me>(`${base}/login`, body, { authRedirect: false }),
  logout: () => http.post<void>(`${base}/logout`, undefined, { authRedirect: false }),
  /** Session probe: a 401 only means "not signed in". */
  me: () => http.get<Me>(`${base}/me`, { authRedirect: false }),
  setLocale: (locale: Locale) => http.put<Me>(`${base}/me/locale`, { locale }),
  changePassword: (body: PasswordChangeRequest) => http.put<Me>(`${base}/password`, body),
}
