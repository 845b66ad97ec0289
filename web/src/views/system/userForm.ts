import type { CreateUserRequest, Role } from '@/api/types'

export interface UserFormModel {
  username: string
  displayName: string
  role: Role | null
  password: string
  passwordConfirm: string
  regionCode: string | null
  districtIds: number[]
  unitId: number | null
}

export const USER_FIELDS = [
  'username',
  'displayName',
  'role',
  'password',
  'regionCode',
  'districtIds',
  'unitId',
] as const

/** Which parts of the data scope a role is given (the server validates the combination). */
export interface ScopeFields {
  region: boolean
  districts: boolean
  unit: boolean
}

export function scopeFieldsFor(role: Role | null): ScopeFields {
  switch (role) {
    case 'COMMISSION':
      return { region: true, districts: false, unit: false }
    case 'DISTRICT_OFFICE':
    case 'INSPECTOR':
      return { region: true, districts: true, unit: false }
    case 'UNIT':
    case 'INSTITUTION':
      return { region: true, districts: false, unit: true }
    default:
      return { region: false, districts: false, unit: false }
  }
}

export function emptyUserForm(): UserFormModel {
  return {
    username: '',
    displayName: '',
    role: null,
    password: '',
    passwordConfirm: '',
    regionCode: null,
    districtIds: [],
    unitId: null,
  }
}

/** The request body: scope parts the role does not use are sent empty. */
export function toCreateUserRequest(form: UserFormModel): CreateUserRequest {
  const scope = scopeFieldsFor(form.role)
  return {
    username: form.username.trim(),
    displayName: form.displayName.trim(),
    role: form.role as Role,
    password: form.password,
    regionCode: scope.region ? form.regionCode : null,
    districtIds: scope.districts ? [...form.districtIds] : [],
    unitId: scope.unit ? form.unitId : null,
  }
}
