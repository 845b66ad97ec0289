import { describe, expect, it } from 'vitest'
import type { InspectorView } from '@/api/supervision'
import { assignmentInputs, emptyInspector, inspectorFields } from './inspectors'

const inspector = {
  id: 4,
  version: 2,
  fields: {
    kind: 'FULL_TIME',
    personName: '王督学',
    districtId: 7,
    username: 'insp',
    appointedOn: '2025-09-01',
    delegatedOn: null,
    endsOn: null,
  },
  districtName: '长安街学区',
  inOffice: true,
  fromRegistry: false,
  assignments: [
    { districtId: 7, districtName: '长安街学区', unitId: null, unitName: null, since: '2025-09-01' },
    { districtId: 7, districtName: '长安街学区', unitId: 12, unitName: '某小学', since: null },
  ],
} as InspectorView

describe('the inspector form', () => {
  it('starts a new inspector as part-time with nothing else filled', () => {
    expect(emptyInspector()).toEqual({
      kind: 'PART_TIME',
      personName: '',
      districtId: null,
      username: null,
      appointedOn: null,
      delegatedOn: null,
      endsOn: null,
    })
  })

  it('revises a copy of the fields, never the list row itself', () => {
    const fields = inspectorFields(inspector)
    fields.personName = '李督学'
    expect(inspector.fields.personName).toBe('王督学')
  })

  it('sends the whole assignment list back without the names', () => {
    expect(assignmentInputs(inspector)).toEqual([
      { districtId: 7, unitId: null, since: '2025-09-01' },
      { districtId: 7, unitId: 12, since: null },
    ])
  })
})
