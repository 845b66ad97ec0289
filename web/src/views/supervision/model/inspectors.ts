/** The inspector form's values: an empty one, and one taken from an inspector as the server shows it. */
import type { AssignmentInput, InspectorFields, InspectorView } from '@/api/supervision'

export function emptyInspector(): InspectorFields {
  return {
    kind: 'PART_TIME',
    personName: '',
    districtId: null,
    username: null,
    appointedOn: null,
    delegatedOn: null,
    endsOn: null,
  }
}

export function inspectorFields(i: InspectorView): InspectorFields {
  return { ...i.fields }
}

/** The inspector's assignments as the form sends them back (the server replaces the whole list). */
export function assignmentInputs(i: InspectorView): AssignmentInput[] {
  return i.assignments.map((a) => ({ districtId: a.districtId, unitId: a.unitId, since: a.since }))
}
