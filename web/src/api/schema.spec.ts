import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateApiTypes, OPENAPI_JSON, SCHEMA_TS } from '../../scripts/api-types.mjs'

// The chain server → openapi.json → schema.d.ts cannot drift: the server test keeps openapi.json current,
// this keeps the generated types current. When it fails: `npm run gen:api`, then fix what vue-tsc reports.
describe('the generated API types', () => {
  it('are what the committed API description generates', async () => {
    const generated = await generateApiTypes(readFileSync(OPENAPI_JSON, 'utf8'))
    const committed = readFileSync(SCHEMA_TS, 'utf8')
    expect(committed === generated, `${SCHEMA_TS} is out of date: run \`npm run gen:api\` in web/ and commit it`).toBe(
      true,
    )
  })
})
