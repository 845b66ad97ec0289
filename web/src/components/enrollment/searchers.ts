import { enrollmentApi, type Ref } from '@/api/enrollment'
import { registryApi } from '@/api/registry'
import { i18n } from '@/i18n'

/** An option of a remote select: id, what to show, and a secondary line. */
export interface RefOption extends Ref {
  hint?: string
}

export type Searcher = (q: string, signal: AbortSignal) => Promise<RefOption[]>

/** Address blocks (小区/门牌段) by name. */
export const searchBlocks: Searcher = async (q, signal) => {
  const page = await enrollmentApi.blocks(q, signal)
  return page.content.map((b) => ({ id: b.id, name: b.name, hint: b.community ?? undefined }))
}

/** Schools by name, optionally inside one district. */
export function unitSearcher(districtId?: () => number | null | undefined): Searcher {
  return async (q, signal) => {
    const page = await registryApi.units(
      { name: q || undefined, districtId: districtId?.() ?? undefined, size: 50, sort: 'name,asc' },
      signal,
    )
    return page.content.map((u) => ({
      id: u.id,
      name: u.name,
      hint: [
        i18n.global.te(`enums.unitType.${u.type}`) ? i18n.global.t(`enums.unitType.${u.type}`) : u.type,
        u.districtName,
      ]
        .filter(Boolean)
        .join(' · '),
    }))
  }
}

/** Merges options by id, keeping the first of each (known selections first, then search hits). */
export function mergeOptions(...lists: readonly (readonly RefOption[])[]): RefOption[] {
  const seen = new Set<number>()
  const out: RefOption[] = []
  for (const list of lists) {
    for (const o of list) {
      if (seen.has(o.id)) continue
      seen.add(o.id)
      out.push(o)
    }
  }
  return out
}
