import { http } from './client'
import type { CreateUserRequest, Page, UserAccount, UserQuery } from './types'

const base = '/api/platform/users'

export const usersApi = {
  list: (q: UserQuery, signal?: AbortSignal) => http.get<Page<UserAccount>>(base, { query: q, signal }),
  create: (body: CreateUserRequest) => http.post<UserAccount>(base, body),
  unlock: (id: number) => http.post<UserAccount>(`${base}/${id}/unlock`),
}
