import { labelOf } from '@/i18n'
import { splitRequesterType } from './usageCharts'

/** "UNIT:PRIMARY" → 小学, "INSTITUTION" → 社会机构: the label of a requester type in usage figures. */
export function requesterTypeLabel(type: string): string {
  const [kind, unitType] = splitRequesterType(type)
  if (kind === 'UNIT' && unitType) return labelOf('enums.unitType', unitType)
  return labelOf('sharing.requesterKind', kind)
}
