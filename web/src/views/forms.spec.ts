import { describe, expect, it } from 'vitest'
import type { Unit } from '@/api/types'
import { emptyUnitForm, normalizeUnitForm, unitToForm } from './registry/unitForm'
import { emptyUserForm, scopeFieldsFor, toCreateUserRequest } from './system/userForm'
import { emptyAuditFilters, toAuditQuery } from './system/auditQuery'

describe('unit form', () => {
  it('sends trimmed text and nulls for empty optional fields', () => {
    const body = normalizeUnitForm({
      ...emptyUnitForm(),
      name: '  北京市西城区第一实验小学 ',
      type: 'PRIMARY',
      ownership: 'PUBLIC',
      qualityGrade: '   ',
      address: ' 西城区某街1号 ',
      longitude: 116.36,
    })
    expect(body).toEqual({
      name: '北京市西城区第一实验小学',
      type: 'PRIMARY',
      ownership: 'PUBLIC',
      qualityGrade: null,
      address: '西城区某街1号',
      subdistrictCode: null,
      districtId: null,
      longitude: 116.36,
      latitude: null,
    })
  })

  it('takes exactly the editable fields from a unit', () => {
    const unit: Unit = {
      id: 7,
      version: 3,
      regionCode: '110102',
      name: '某幼儿园',
      type: 'KINDERGARTEN',
      ownership: 'PRIVATE_INCLUSIVE',
      qualityGrade: '一级一类',
      address: null,
      subdistrictCode: '110102001',
      subdistrictName: '西长安街街道',
      districtId: 1,
      districtName: '长安街学区',
      longitude: null,
      latitude: null,
    }
    expect(Object.keys(unitToForm(unit)).sort()).toEqual(Object.keys(emptyUnitForm()).sort())
    expect(unitToForm(unit).districtId).toBe(1)
  })
})

describe('user form', () => {
  it('asks each role for the scope parts it uses', () => {
    expect(scopeFieldsFor('ADMIN')).toEqual({ region: false, districts: false, unit: false })
    expect(scopeFieldsFor('COMMISSION')).toEqual({ region: true, districts: false, unit: false })
    expect(scopeFieldsFor('DISTRICT_OFFICE')).toEqual({ region: true, districts: true, unit: false })
    expect(scopeFieldsFor('UNIT')).toEqual({ region: true, districts: false, unit: true })
  })

  it('leaves out scope parts the role does not use', () => {
    const body = toCreateUserRequest({
      ...emptyUserForm(),
      username: ' zhang ',
      displayName: '张老师',
      role: 'COMMISSION',
      password: 'S3cret!pass',
      passwordConfirm: 'S3cret!pass',
      regionCode: '110102',
      districtIds: [1, 2],
      unitId: 5,
    })
    expect(body).toEqual({
      username: 'zhang',
      displayName: '张老师',
      role: 'COMMISSION',
      password: 'S3cret!pass',
      regionCode: '110102',
      districtIds: [],
      unitId: null,
    })
  })
})

describe('audit query', () => {
  it('turns Beijing calendar days into an instant range and drops empty filters', () => {
    const q = toAuditQuery({
      ...emptyAuditFilters(),
      actor: ' admin ',
      fromDate: '2025-03-01',
      toDate: '2025-03-02',
      page: 0,
      size: 20,
      sort: 'occurredAt,desc',
    })
    expect(q).toEqual({
      actor: 'admin',
      action: undefined,
      entityType: undefined,
      from: '2025-02-28T16:00:00.000Z',
      to: '2025-03-02T16:00:00.000Z',
      page: 0,
      size: 20,
      sort: 'occurredAt,desc',
    })
  })
})
