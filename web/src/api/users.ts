import { http } from './client'
import type { CreateUserRequest, Page, PasswordResetResult, UserAccount, UserQuery } from './types'

const base = '/api/platform/users'

export const usersApi = {
  list: (q: UserQuery, signal?: AbortSignal) => http.get<Page<UserAccount>>(base, { query: q, signal }),
  create: (body: CreateUserRequest) => http.post<UserAccount>(base, body),
  unlock: (id: number) => http.post<UserAccount>(`${base}/${id}/unlock`),
  disable: (id: number) => http.post<UserAccount>(`${base}/${id}/disable`),
  enable: (id: number) => http.post<UserAccount>(`${base}/${id}/enable`),
  /** No password: the server generates a temporary one. Either way it must be changed at the next sign-in. */
  resetPassword: (id: number, password?: string) =>
    http.post<PasswordResetResult>(`${base}/${id}/password-reset`, password ? { password } : {}),
}
