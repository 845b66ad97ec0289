import type { Child, ChildForm, Ref } from '@/api/enrollment'

/** Form fields, also the names the server uses in a 400 problem's `errors[].field`. */
export const CHILD_FIELDS = [
  'cycleId',
  'name',
  'idNumber',
  'birthDate',
  'hukouType',
  'hukouBlockId',
  'hukouAddress',
  'residenceBlockId',
  'propertyOwned',
  'propertyBlockId',
  'propertySince',
  'residenceSince',
  'categories',
  'siblingUnitId',
  'primaryUnitId',
] as const satisfies readonly (keyof ChildForm)[]

export function emptyChildForm(cycleId: number | null): ChildForm {
  return {
    cycleId,
    name: '',
    idNumber: '',
    birthDate: null,
    hukouType: null,
    hukouBlockId: null,
    hukouAddress: '',
    residenceBlockId: null,
    propertyOwned: false,
    propertyBlockId: null,
    propertySince: null,
    residenceSince: null,
    categories: [],
    siblingUnitId: null,
    primaryUnitId: null,
  }
}

export function childToForm(child: Child, cycleId: number | null): ChildForm {
  return {
    cycleId,
    name: child.name,
    idNumber: child.idNumber,
    birthDate: child.birthDate,
    hukouType: child.hukouType,
    hukouBlockId: child.hukouBlock?.id ?? null,
    hukouAddress: child.hukouAddress ?? '',
    residenceBlockId: child.residenceBlock?.id ?? null,
    propertyOwned: child.propertyOwned,
    propertyBlockId: child.propertyBlock?.id ?? null,
    propertySince: child.propertySince,
    residenceSince: child.residenceSince,
    categories: [...child.categories],
    siblingUnitId: child.siblingUnit?.id ?? null,
    primaryUnitId: child.primaryUnit?.id ?? null,
  }
}

/** Labels the remote selects need to show the child's current blocks and schools. */
export function knownRefs(child: Child | null): { blocks: Ref[]; units: Ref[] } {
  if (!child) return { blocks: [], units: [] }
  const blocks = [child.hukouBlock, child.residenceBlock, child.propertyBlock].filter((r): r is Ref => !!r)
  const units = [child.siblingUnit, child.primaryUnit].filter((r): r is Ref => !!r)
  return { blocks, units }
}

/** What is sent: trimmed text, no property details without property, no sibling school without the category. */
export function normalizeChildForm(form: ChildForm): ChildForm {
  const owned = form.propertyOwned
  return {
    ...form,
    name: form.name.trim(),
    idNumber: form.idNumber.trim().toUpperCase(),
    hukouAddress: form.hukouAddress.trim(),
    propertyBlockId: owned ? form.propertyBlockId : null,
    propertySince: owned ? form.propertySince : null,
    siblingUnitId: form.categories.includes('SIBLING') ? form.siblingUnitId : null,
  }
}
