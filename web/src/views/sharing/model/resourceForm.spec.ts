import { describe, expect, it } from 'vitest'
import {
  detailToForm,
  emptyResourceForm,
  normalizeResourceForm,
  serverIssues,
  validateResourceForm,
} from './resourceForm'
import { sampleResource } from './fixtures'
import type { ResourceForm } from '@/api/sharing'

const valid = (): ResourceForm => detailToForm(sampleResource())
const keysOf = (f: ResourceForm) =>
  Object.fromEntries(Object.entries(validateResourceForm(f)).map(([k, v]) => [k, v.key]))

describe('resource form validation', () => {
  it('accepts a complete resource', () => {
    expect(validateResourceForm(valid())).toEqual({})
  })

  it('requires name, kind, owner, capacity and at least one opening interval', () => {
    const f = emptyResourceForm()
    f.openingHours = []
    expect(keysOf(f)).toEqual({
      name: 'sharing.form.errors.required',
      kind: 'sharing.form.errors.required',
      ownerKind: 'sharing.form.errors.required',
      ownerId: 'sharing.form.errors.required',
      capacity: 'sharing.form.errors.required',
      openingHours: 'sharing.form.errors.hoursRequired',
    })
  })

  it('uses the server paths for rows of opening hours and blackouts', () => {
    const f = valid()
    f.openingHours = [
      { day: 'MONDAY', opens: '08:00', closes: '12:00' },
      { day: 'MONDAY', opens: '11:00', closes: '13:00' },
      { day: 'TUESDAY', opens: '17:00', closes: '09:00' },
    ]
    f.blackouts = [{ from: '2026-04-03', to: '2026-04-01', reason: null }]
    expect(keysOf(f)).toEqual({
      'openingHours[1].opens': 'sharing.form.errors.overlap',
      'openingHours[2].closes': 'sharing.form.errors.closesBeforeOpens',
      'blackouts[0].to': 'sharing.form.errors.toBeforeFrom',
    })
  })

  it('checks limits like the server', () => {
    const f = valid()
    f.capacity = 100001
    f.name = '礼'.repeat(101)
    f.tags = ['一个特别特别特别特别特别特别长的标签名称啊']
    f.photoUrls = ['ftp://example.org/a.jpg']
    f.rules.maxDurationMinutes = 5
    f.rules.monthlyQuota = 0
    f.rules.maxAdvanceDays = 400
    f.latitude = 60
    f.openingHours = [{ day: 'MONDAY', opens: '08:10', closes: '17:00' }]
    expect(keysOf(f)).toEqual({
      capacity: 'sharing.form.errors.range',
      name: 'sharing.form.errors.length',
      tags: 'sharing.form.errors.tagLength',
      photoUrls: 'sharing.form.errors.url',
      'rules.maxDurationMinutes': 'sharing.form.errors.range',
      'rules.monthlyQuota': 'sharing.form.errors.range',
      'rules.maxAdvanceDays': 'sharing.form.errors.range',
      latitude: 'sharing.form.errors.latitudeChina',
      'openingHours[0].opens': 'sharing.form.errors.quarterHour',
    })
  })

  it("wants coordinates as a pair, or none to use the owner's", () => {
    const f = valid()
    f.longitude = null
    expect(keysOf(f)).toEqual({ latitude: 'sharing.form.errors.coordinatesPair' })
    f.latitude = null
    expect(keysOf(f)).toEqual({})
  })

  it('reads opening hours written with seconds', () => {
    const f = detailToForm(sampleResource({ openingHours: [{ day: 'MONDAY', opens: '08:00:00', closes: '17:30:00' }] }))
    expect(f.openingHours).toEqual([{ day: 'MONDAY', opens: '08:00', closes: '17:30' }])
  })

  it('normalises texts, lists and the order of opening hours', () => {
    const f = valid()
    f.name = '  物理所礼堂 '
    f.description = '   '
    f.tags = ['礼堂', ' 礼堂 ', '', '报告厅']
    f.openingHours = [
      { day: 'FRIDAY', opens: '13:00', closes: '18:00' },
      { day: 'MONDAY', opens: '08:00', closes: '17:00' },
      { day: 'FRIDAY', opens: '08:00', closes: '12:00' },
    ]
    const n = normalizeResourceForm(f)
    expect(n.name).toBe('物理所礼堂')
    expect(n.description).toBeNull()
    expect(n.tags).toEqual(['礼堂', '报告厅'])
    expect(n.openingHours.map((o) => `${o.day} ${o.opens}`)).toEqual(['MONDAY 08:00', 'FRIDAY 08:00', 'FRIDAY 13:00'])
  })

  it('sorts server field errors by path', () => {
    expect(
      serverIssues([
        { field: 'openingHours[0].closes', reason: '关门时间须晚于开门时间' },
        { field: 'capacity', reason: '不能超过100000' },
        { field: 'capacity', reason: '必须为整数' },
        { field: 'tags[3]', reason: '标签须为1–20个字' },
        { field: '', reason: '所属单位超出数据范围' },
      ]),
    ).toEqual({
      byField: {
        'openingHours[0].closes': '关门时间须晚于开门时间',
        capacity: '不能超过100000；必须为整数',
        tags: '标签须为1–20个字',
      },
      other: ['所属单位超出数据范围'],
    })
  })
})
