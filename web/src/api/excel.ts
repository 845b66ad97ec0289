import { http, requestBlob } from './client'
import type { ExcelImportJob, ExcelJobStarted, ExcelKind } from './types'

const base = '/api/registry/excel'

function fileForm(file: File): FormData {
  const form = new FormData()
  form.append('file', file, file.name)
  return form
}

/** Registry sheets: blank templates, exports of everything in scope, asynchronous imports. */
export const excelApi = {
  template: (kind: ExcelKind) => requestBlob('GET', `${base}/${kind}/template`),
  export: (kind: ExcelKind) => requestBlob('GET', `${base}/${kind}`),
  /** Starts an import job (202 + job id); nothing is written unless every row is valid. */
  startImport: (kind: ExcelKind, file: File) =>
    http.post<ExcelJobStarted>(`${base}/${kind}`, undefined, { query: { async: true }, form: fileForm(file) }),
  job: (jobId: string, signal?: AbortSignal) =>
    http.get<ExcelImportJob>(`/api/platform/jobs/${encodeURIComponent(jobId)}`, { signal }),
  /** The uploaded file again, with a column saying what is wrong in each bad row. */
  annotated: (kind: ExcelKind, file: File) =>
    requestBlob('POST', `${base}/${kind}/annotated`, { form: fileForm(file) }),
}
