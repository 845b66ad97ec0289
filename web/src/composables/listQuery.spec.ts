import { describe, expect, it } from 'vitest'
import { readListQuery, writeListQuery } from './listQuery'

const defaults = { filters: { name: '', districtId: null as number | null }, size: 20, sort: 'name,asc' }

describe('list state in the address bar', () => {
  it('reads filters, paging and sort, parsing numeric filters', () => {
    const state = readListQuery({ name: '一小', districtId: '3', page: '2', size: '50', sort: 'name,desc' }, defaults, [
      'districtId',
    ])
    expect(state).toEqual({ filters: { name: '一小', districtId: 3 }, page: 2, size: 50, sort: 'name,desc' })
  })

  it('falls back to defaults for junk and ignores unknown keys', () => {
    const state = readListQuery({ districtId: 'abc', page: '-4', size: '7', evil: 'x' }, defaults, ['districtId'])
    expect(state).toEqual({ filters: { name: '', districtId: null }, page: 1, size: 20, sort: 'name,asc' })
  })

  it('writes only what differs from the defaults', () => {
    expect(
      writeListQuery({ filters: { name: '', districtId: null }, page: 1, size: 20, sort: 'name,asc' }, defaults),
    ).toEqual({})
    expect(
      writeListQuery({ filters: { name: '二小', districtId: 4 }, page: 3, size: 50, sort: 'name,desc' }, defaults),
    ).toEqual({ name: '二小', districtId: '4', page: '3', size: '50', sort: 'name,desc' })
  })

  it('round-trips', () => {
    const state = { filters: { name: 'x', districtId: 9 }, page: 5, size: 100, sort: 'name,desc' }
    const query = writeListQuery(state, defaults) as Record<string, string>
    expect(readListQuery(query, defaults, ['districtId'])).toEqual(state)
  })
})
