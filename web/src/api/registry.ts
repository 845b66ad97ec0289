import { http } from './client'
import type {
  DistrictQuery,
  Page,
  Region,
  SchoolDistrict,
  Subdistrict,
  Unit,
  UnitForm,
  UnitQuery,
  UnitUpdate,
} from './types'

const base = '/api/registry'

export const registryApi = {
  regions: () => http.get<Region[]>(`${base}/regions`),
  subdistricts: (regionCode: string) =>
    http.get<Subdistrict[]>(`${base}/regions/${encodeURIComponent(regionCode)}/subdistricts`),
  districts: (q: DistrictQuery, signal?: AbortSignal) =>
    http.get<Page<SchoolDistrict>>(`${base}/districts`, { query: q, signal }),
  units: (q: UnitQuery, signal?: AbortSignal) => http.get<Page<Unit>>(`${base}/units`, { query: q, signal }),
  unit: (id: number) => http.get<Unit>(`${base}/units/${id}`),
  createUnit: (form: UnitForm) => http.post<Unit>(`${base}/units`, form),
  updateUnit: (id: number, form: UnitUpdate) => http.put<Unit>(`${base}/units/${id}`, form),
}

/** Every district visible to the user (for filters and selects); walks the pages. */
export async function fetchAllDistricts(pageSize = 200): Promise<SchoolDistrict[]> {
  const all: SchoolDistrict[] = []
  for (let page = 0; page < 50; page++) {
    const res = await registryApi.districts({ page, size: pageSize, sort: 'name,asc' })
    all.push(...res.content)
    if (page + 1 >= res.page.totalPages) break
  }
  return all
}
