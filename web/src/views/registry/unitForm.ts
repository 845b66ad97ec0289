import type { Unit, UnitForm } from '@/api/types'

/** The form's fields, in the order problems are matched against them. */
export const UNIT_FIELDS = [
  'name',
  'type',
  'ownership',
  'qualityGrade',
  'address',
  'subdistrictCode',
  'districtId',
  'longitude',
  'latitude',
] as const satisfies readonly (keyof UnitForm)[]

export function emptyUnitForm(): UnitForm {
  return {
    name: '',
    type: null,
    ownership: null,
    qualityGrade: null,
    address: null,
    subdistrictCode: null,
    districtId: null,
    longitude: null,
    latitude: null,
  }
}

export function unitToForm(unit: Unit): UnitForm {
  return {
    name: unit.name,
    type: unit.type,
    ownership: unit.ownership,
    qualityGrade: unit.qualityGrade,
    address: unit.address,
    subdistrictCode: unit.subdistrictCode,
    districtId: unit.districtId,
    longitude: unit.longitude,
    latitude: unit.latitude,
  }
}

function text(value: string | null): string | null {
  const trimmed = (value ?? '').trim()
  return trimmed === '' ? null : trimmed
}

function num(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** What goes on the wire: trimmed text, empty strings as null, no stray undefined. */
export function normalizeUnitForm(form: UnitForm): UnitForm {
  return {
    name: (form.name ?? '').trim(),
    type: form.type || null,
    ownership: form.ownership || null,
    qualityGrade: text(form.qualityGrade),
    address: text(form.address),
    subdistrictCode: form.subdistrictCode || null,
    districtId: form.districtId ?? null,
    longitude: num(form.longitude),
    latitude: num(form.latitude),
  }
}
