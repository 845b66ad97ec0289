import { describe, expect, it } from 'vitest'
import { ProblemError } from '@/api/problem'
import { mapFieldErrors, useFieldErrors } from './useFieldErrors'

describe('server validation errors', () => {
  const fields = ['name', 'type', 'longitude']

  it('puts each reason under its field, joining several, and keeps the rest apart', () => {
    const mapped = mapFieldErrors(
      [
        { field: 'name', reason: '不能为空' },
        { field: 'name', reason: '长度需要在1和100之间' },
        { field: 'unitForm.longitude', reason: '必须小于或等于180' },
        { field: 'subdistrictCode', reason: '不属于本区' },
        { field: '', reason: '名称与地址组合已存在' },
      ],
      fields,
    )
    expect(mapped.byField).toEqual({ name: '不能为空；长度需要在1和100之间', longitude: '必须小于或等于180' })
    expect(mapped.other).toEqual(['subdistrictCode: 不属于本区', '名称与地址组合已存在'])
  })

  it('applies a problem to reactive state and clears it per field', () => {
    const state = useFieldErrors(fields)
    const problem = new ProblemError(400, { status: 400, errors: [{ field: 'type', reason: '不能为空' }] })
    expect(state.apply(problem)).toBe(true)
    expect(state.errors.type).toBe('不能为空')
    state.clear('type')
    expect(state.errors.type).toBeUndefined()
  })

  it('declines problems without field errors', () => {
    const state = useFieldErrors(fields)
    expect(state.apply(new ProblemError(403, { status: 403, title: '超出数据范围' }))).toBe(false)
    expect(state.apply(new Error('x'))).toBe(false)
  })
})
