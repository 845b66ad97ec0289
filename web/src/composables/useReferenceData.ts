import { registryApi } from '@/api/registry'
import type { Region, Subdistrict } from '@/api/types'

/*
 * Regions and subdistricts are national reference data (GB/T 2260), identical for every user, so one
 * copy per page load is enough. Failed loads are forgotten so the next call retries.
 */
let regions: Promise<Region[]> | null = null
const subdistricts = new Map<string, Promise<Subdistrict[]>>()

export function loadRegions(): Promise<Region[]> {
  regions ??= registryApi.regions().catch((e: unknown) => {
    regions = null
    throw e
  })
  return regions
}

export function loadSubdistricts(regionCode: string): Promise<Subdistrict[]> {
  let p = subdistricts.get(regionCode)
  if (!p) {
    p = registryApi.subdistricts(regionCode).catch((e: unknown) => {
      subdistricts.delete(regionCode)
      throw e
    })
    subdistricts.set(regionCode, p)
  }
  return p
}

export function regionName(list: readonly Region[], code: string | null | undefined): string {
  if (!code) return ''
  return list.find((r) => r.code === code)?.name ?? code
}
