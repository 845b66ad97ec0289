/** The inspectors' last result beside the unit's own self-supervision, domain by domain (rates in %). */
import type { DomainResult, InspectionContext } from '@/api/supervision'

export interface BesideRow {
  code: string
  nameZh: string
  nameEn: string
  inspectors: number | null
  self: number | null
  /** self − inspectors: a unit rating itself much higher is worth a look. */
  gap: number | null
}

function rate(d: DomainResult | undefined): number | null {
  if (!d) return null
  if (d.rate !== null) return d.rate
  return d.maxPoints > 0 ? Math.round((1000 * d.points) / d.maxPoints) / 10 : null
}

export function besideByDomain(context: InspectionContext | null): BesideRow[] {
  if (!context) return []
  const order = [...context.previousDomains, ...context.lastSelfDomains]
  const seen = new Set<string>()
  const rows: BesideRow[] = []
  for (const d of order) {
    if (seen.has(d.code)) continue
    seen.add(d.code)
    const inspectors = rate(context.previousDomains.find((x) => x.code === d.code))
    const self = rate(context.lastSelfDomains.find((x) => x.code === d.code))
    rows.push({
      code: d.code,
      nameZh: d.nameZh,
      nameEn: d.nameEn,
      inspectors,
      self,
      gap: inspectors !== null && self !== null ? Math.round((self - inspectors) * 10) / 10 : null,
    })
  }
  return rows
}
