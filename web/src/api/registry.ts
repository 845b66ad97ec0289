import { http } from './client'
import type {
  ComplianceReport,
  DistrictCouncil,
  DistrictHistoryYear,
  DistrictMember,
  DistrictOffice,
  DistrictPosition,
  DistrictQuery,
  Institution,
  InstitutionQuery,
  Page,
  Region,
  RegistryMap,
  SchoolDistrict,
  Subdistrict,
  TreeRegion,
  Unit,
  UnitForm,
  UnitProfile,
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
  unitProfile: (id: number) => http.get<UnitProfile>(`${base}/units/${id}/profile`),
  createUnit: (form: UnitForm) => http.post<Unit>(`${base}/units`, form),
  updateUnit: (id: number, form: UnitUpdate) => http.put<Unit>(`${base}/units/${id}`, form),

  district: (id: number) => http.get<SchoolDistrict>(`${base}/districts/${id}`),
  /** Units in the district in the school year starting in `year` (server default: the current one). */
  members: (id: number, year?: number) =>
    http.get<DistrictMember[]>(`${base}/districts/${id}/members`, { query: { year } }),
  /** Membership by school year, newest first. */
  history: (id: number) => http.get<DistrictHistoryYear[]>(`${base}/districts/${id}/history`),
  council: (id: number) => http.get<DistrictCouncil>(`${base}/districts/${id}/council`),
  office: (id: number) => http.get<DistrictOffice>(`${base}/districts/${id}/office`),
  positions: (id: number) => http.get<DistrictPosition[]>(`${base}/districts/${id}/positions`),
  compliance: (id: number, year?: number) =>
    http.get<ComplianceReport>(`${base}/districts/${id}/compliance`, { query: { year } }),

  institutions: (q: InstitutionQuery, signal?: AbortSignal) =>
    http.get<Page<Institution>>(`${base}/institutions`, { query: q, signal }),
  tree: () => http.get<TreeRegion[]>(`${base}/tree`),
  map: () => http.get<RegistryMap>(`${base}/map`),
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
