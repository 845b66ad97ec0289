// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { excelApi } from '@/api/excel'
import { configureClient, resetClientState } from '@/api/client'
import { useImportJob } from './useImportJob'

const fetchMock = vi.fn<typeof fetch>()

function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })
}

function calls(): string[] {
  return fetchMock.mock.calls.map(([url, init]) => `${init?.method ?? 'GET'} ${String(url)}`)
}

const file = new File(['xlsx'], '单位.xlsx', {
  type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
})

beforeEach(() => {
  vi.useFakeTimers()
  Object.defineProperty(document, 'cookie', { configurable: true, get: () => 'XSRF-TOKEN=tok' })
  vi.stubGlobal('fetch', fetchMock)
  fetchMock.mockReset()
  resetClientState()
  configureClient({ getLocale: () => 'zh-CN', onUnauthorized: () => {} })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('useImportJob', () => {
  it('uploads the file, polls every 500 ms and ends with the result', async () => {
    fetchMock
      .mockResolvedValueOnce(json(202, { jobId: 'j1' }))
      .mockResolvedValueOnce(json(200, { state: 'RUNNING', phase: 'VALIDATING', processed: 0, total: 40 }))
      .mockResolvedValueOnce(json(200, { state: 'RUNNING', phase: 'WRITING', processed: 10, total: 40 }))
      .mockResolvedValueOnce(
        json(200, {
          state: 'SUCCEEDED',
          processed: 40,
          total: 40,
          result: { kind: 'units', rows: 40, created: 3, updated: 2, unchanged: 35 },
        }),
      )
    const job = useImportJob()
    const done = job.start(() => excelApi.startImport('units', file))
    await vi.advanceTimersByTimeAsync(0)
    await done

    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/api/registry/excel/units?async=true')
    expect(init!.method).toBe('POST')
    expect(init!.body).toBeInstanceOf(FormData)
    expect((init!.body as FormData).get('file')).toBeInstanceOf(File)
    const headers = init!.headers as Record<string, string>
    expect(headers['X-XSRF-TOKEN']).toBe('tok')
    expect(headers['Accept-Language']).toBe('zh-CN')
    expect(headers['Content-Type']).toBeUndefined()

    expect(job.running.value).toBe(true)
    expect(job.job.value?.phase).toBe('VALIDATING')
    expect(job.percent.value).toBe(0)

    await vi.advanceTimersByTimeAsync(499)
    expect(fetchMock).toHaveBeenCalledTimes(2)
    await vi.advanceTimersByTimeAsync(1)
    expect(fetchMock).toHaveBeenCalledTimes(3)
    expect(job.job.value?.phase).toBe('WRITING')
    expect(job.percent.value).toBe(25)

    await vi.advanceTimersByTimeAsync(500)
    expect(job.running.value).toBe(false)
    expect(job.result.value).toEqual({ kind: 'units', rows: 40, created: 3, updated: 2, unchanged: 35 })
    expect(job.problem.value).toBeNull()
    expect(job.percent.value).toBe(100)

    await vi.advanceTimersByTimeAsync(5000)
    expect(calls()).toEqual([
      'POST /api/registry/excel/units?async=true',
      'GET /api/platform/jobs/j1',
      'GET /api/platform/jobs/j1',
      'GET /api/platform/jobs/j1',
    ])
  })

  it('keeps the problem of a failed job', async () => {
    const problem = {
      title: '导入数据有误',
      status: 422,
      detail: '3 行有误',
      errors: [{ row: 4, field: '单位名称', reason: '不能为空' }],
      errorCount: 3,
      badRows: 3,
    }
    fetchMock
      .mockResolvedValueOnce(json(202, { jobId: 'j2' }))
      .mockResolvedValueOnce(json(200, { state: 'FAILED', phase: 'VALIDATING', processed: 9, total: 9, problem }))
    const job = useImportJob()
    await job.start(() => excelApi.startImport('memberships', file))
    expect(job.running.value).toBe(false)
    expect(job.result.value).toBeNull()
    expect(job.problem.value).toEqual(problem)
    await vi.advanceTimersByTimeAsync(2000)
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('shows a refused upload as a problem and does not poll', async () => {
    fetchMock.mockResolvedValueOnce(
      json(400, { title: '文件格式不正确', status: 400, detail: '请上传 .xlsx 文件' }, 'application/problem+json'),
    )
    const job = useImportJob()
    await job.start(() => excelApi.startImport('units', file))
    expect(job.running.value).toBe(false)
    expect(job.job.value).toBeNull()
    expect(job.problem.value).toMatchObject({ title: '文件格式不正确', detail: '请上传 .xlsx 文件' })
    await vi.advanceTimersByTimeAsync(2000)
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('stops polling when its scope ends', async () => {
    fetchMock
      .mockResolvedValueOnce(json(202, { jobId: 'j3' }))
      .mockResolvedValue(json(200, { state: 'RUNNING', phase: 'VALIDATING', processed: 1, total: 10 }))
    const scope = effectScope()
    const job = scope.run(() => useImportJob())!
    await job.start(() => excelApi.startImport('units', file))
    await vi.advanceTimersByTimeAsync(500)
    expect(fetchMock).toHaveBeenCalledTimes(3)
    scope.stop()
    expect(job.running.value).toBe(false)
    await vi.advanceTimersByTimeAsync(5000)
    expect(fetchMock).toHaveBeenCalledTimes(3)
  })
})
