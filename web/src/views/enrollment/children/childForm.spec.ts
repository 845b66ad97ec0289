import { describe, expect, it } from 'vitest'
import type { Child } from '@/api/enrollment'
import { mapFieldErrors } from '@/composables/useFieldErrors'
import { CHILD_FIELDS, childToForm, emptyChildForm, knownRefs, normalizeChildForm } from './childForm'

const child: Child = {
  id: 5,
  regionCode: '110102',
  name: '王小明',
  idNumber: '110102201903150013',
  birthDate: '2019-03-15',
  birthMonth: '2019-03',
  gender: 'M',
  eligible: true,
  hukouType: 'LOCAL',
  hukouBlock: { id: 1, name: '白云里' },
  hukouAddress: '白云里 3 号',
  residenceBlock: { id: 2, name: '月坛北街' },
  district: { id: 9, name: '月坛学区' },
  propertyOwned: true,
  propertyBlock: { id: 1, name: '白云里' },
  propertySince: '2015-01-01',
  residenceSince: '2016-06-01',
  categories: ['SIBLING'],
  siblingUnit: { id: 30, name: '某小学' },
  primaryUnit: null,
  level: 'PRIMARY',
  schoolYear: 2026,
  version: 2,
}

describe('child form', () => {
  it('turns a child into form values with ids in place of refs', () => {
    const form = childToForm(child, 4)
    expect(form).toMatchObject({
      cycleId: 4,
      hukouBlockId: 1,
      residenceBlockId: 2,
      propertyBlockId: 1,
      siblingUnitId: 30,
    })
    expect(knownRefs(child)).toEqual({
      blocks: [
        { id: 1, name: '白云里' },
        { id: 2, name: '月坛北街' },
        { id: 1, name: '白云里' },
      ],
      units: [{ id: 30, name: '某小学' }],
    })
  })

  it('clears details that do not apply before sending', () => {
    const form = { ...childToForm(child, 4), propertyOwned: false, categories: [], idNumber: ' 11010519491231002x ' }
    const body = normalizeChildForm(form)
    expect(body.propertyBlockId).toBeNull()
    expect(body.propertySince).toBeNull()
    expect(body.siblingUnitId).toBeNull()
    expect(body.idNumber).toBe('11010519491231002X')
  })

  it('places server errors under the form fields', () => {
    const mapped = mapFieldErrors(
      [
        { field: 'idNumber', reason: '校验位不正确' },
        { field: 'residenceBlockId', reason: '不能为空' },
        { field: 'child.birthDate', reason: '与身份证号不一致' },
        { field: 'familyAccessCode', reason: 'x' },
      ],
      CHILD_FIELDS,
    )
    expect(mapped.byField).toEqual({
      idNumber: '校验位不正确',
      residenceBlockId: '不能为空',
      birthDate: '与身份证号不一致',
    })
    expect(mapped.other).toEqual(['familyAccessCode: x'])
  })

  it('starts empty in the given cycle', () => {
    expect(emptyChildForm(7)).toMatchObject({ cycleId: 7, name: '', categories: [], propertyOwned: false })
  })
})
