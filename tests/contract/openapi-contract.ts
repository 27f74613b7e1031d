import { readFileSync } from 'node:fs'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { parse } from 'yaml'
import type { z } from 'zod/mini'
import { responseValidatorName, validatorName } from '@/shared/api/codegen/openapi-to-zod'
import * as generatedValidators from '@/shared/api/validators.gen'

/**
 * The contract, public/openapi.yaml, as a test oracle: `expectMatchesSpec` checks that an
 * answer's status is one the spec declares for the operation, that its content type is the
 * declared one, and that its body validates against the declared schema (JSON Schema 2020-12,
 * as OpenAPI 3.1 uses). Ajv compiles with code generation, which is fine here: this runs only in
 * tests, never in the bundle (the app validates with zod, without eval: CSP).
 */

interface MediaType {
  schema?: unknown
}
interface ResponseObject {
  $ref?: string
  content?: Record<string, MediaType>
}
interface Operation {
  operationId?: string
  responses: Record<string, ResponseObject>
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>
  components: Record<string, Record<string, unknown>>
}

const specUrl = new URL('../../public/openapi.yaml', import.meta.url)
export const spec = parse(readFileSync(specUrl, 'utf8')) as OpenApiDocument

const specId = 'https://duban.example/openapi.yaml'

// strict: false ignores the OpenAPI-only keywords (discriminator, example, x-…), which are
// annotations; the whole document is registered so that every `#/components/…` $ref resolves.
const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema(spec, specId, undefined, false)

const escapePointer = (segment: string) =>
  encodeURIComponent(segment.replaceAll('~', '~0').replaceAll('/', '~1'))

function pointerOf(segments: string[]): string {
  return `#/${segments.map(escapePointer).join('/')}`
}

/** Follows a `#/components/…` reference inside the document; returns the target and its path. */
function resolveRef(ref: string): { value: unknown; segments: string[] } {
  const segments = ref
    .replace(/^#\//, '')
    .split('/')
    .map((part) => decodeURIComponent(part).replaceAll('~1', '/').replaceAll('~0', '~'))
  let value: unknown = spec
  for (const segment of segments) value = (value as Record<string, unknown> | undefined)?.[segment]
  if (value === undefined) throw new Error(`Unresolvable $ref ${ref}`)
  return { value, segments }
}

const validators = new Map<string, ValidateFunction>()

function validatorAt(segments: string[]): ValidateFunction {
  const ref = `${specId}${pointerOf(segments)}`
  let validate = validators.get(ref)
  if (!validate) {
    validate = ajv.compile({ $ref: ref })
    validators.set(ref, validate)
  }
  return validate
}

/** The validator of a component schema by name, e.g. `schemaValidator('Problem')`. */
export function schemaValidator(name: string): ValidateFunction {
  if (!spec.components.schemas?.[name]) throw new Error(`No schema ${name} in the spec`)
  return validatorAt(['components', 'schemas', name])
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** The response object the spec declares for a status: exact (`404`), a range (`5XX`) or `default`. */
function declaredResponse(method: HttpMethod, template: string, status: number) {
  const operation = spec.paths[template]?.[method.toLowerCase()]
  if (!operation) throw new Error(`The spec has no operation ${method} ${template}`)
  const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in operation.responses)
  if (key === undefined) {
    throw new Error(
      `${method} ${template} answered ${status}, which the spec does not declare (declared: ${Object.keys(operation.responses).join(', ')})`,
    )
  }
  let response = operation.responses[key]!
  let segments = ['paths', template, method.toLowerCase(), 'responses', key]
  if (response.$ref) {
    const resolved = resolveRef(response.$ref)
    response = resolved.value as ResponseObject
    segments = resolved.segments
  }
  return { response, segments, operation, key }
}

function readableErrors(validate: ValidateFunction, body: unknown): string {
  const lines = (validate.errors ?? []).slice(0, 20).map((error) => {
    const where = error.instancePath || '(root)'
    return `  ${where}: ${error.message ?? 'invalid'} ${JSON.stringify(error.params)} [${error.schemaPath}]`
  })
  const excerpt = JSON.stringify(body)
  return `${lines.join('\n')}\n  body: ${excerpt.length > 600 ? `${excerpt.slice(0, 600)}…` : excerpt}`
}

/** Throws a readable error unless `body` validates against the schema at `segments`. */
function expectValid(label: string, segments: string[], body: unknown): void {
  const validate = validatorAt(segments)
  if (!validate(body))
    throw new Error(`${label}: the body does not match the spec\n${readableErrors(validate, body)}`)
}

const validatorsByName = generatedValidators as Record<string, z.ZodMiniType | undefined>

/**
 * The app validates every answer with the zod validators generated from the spec
 * (src/shared/api/validators.gen.ts): what the spec accepts, they must accept too, or the app
 * would reject a correct answer. Every successful answer of the contract table is checked here.
 */
function expectGeneratedValidatorAccepts(
  label: string,
  schema: unknown,
  body: unknown,
  inlineName: string,
): void {
  const ref = (schema as { $ref?: string }).$ref
  const prefix = '#/components/schemas/'
  // Named as src/shared/api/codegen/openapi-to-zod.ts names them: after the component, or after
  // the operation for an inline schema.
  const name = ref?.startsWith(prefix) ? validatorName(ref.slice(prefix.length)) : inlineName
  const validator = validatorsByName[name]
  if (!validator) throw new Error(`${label}: no generated validator ${name}: run \`npm run api:types\``)
  const parsed = validator.safeParse(body)
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`)
    throw new Error(
      `${label}: the generated validator ${name} rejects an answer the spec accepts\n${issues.join('\n')}`,
    )
  }
}

/**
 * Checks an answer against the contract: it has `status`, the spec declares that status for
 * `method pathTemplate`, the content type is the declared one (none for a body-less answer),
 * and the body validates against the declared schema. Returns the parsed body.
 */
export async function expectMatchesSpec(
  method: HttpMethod,
  pathTemplate: string,
  status: number,
  response: Response,
): Promise<unknown> {
  const label = `${method} ${pathTemplate} → ${response.status}`
  const text = await response.text()
  if (response.status !== status) {
    throw new Error(`${label}: expected status ${status}\n  body: ${text.slice(0, 600)}`)
  }
  const { response: declared, segments, operation, key } = declaredResponse(method, pathTemplate, status)
  const content = declared.content ?? {}
  const mediaTypes = Object.keys(content)
  const contentType = (response.headers.get('Content-Type') ?? '').split(';')[0]?.trim() ?? ''
  if (mediaTypes.length === 0) {
    if (text !== '') throw new Error(`${label}: the spec declares no body, got ${text.slice(0, 200)}`)
    return undefined
  }
  if (!mediaTypes.includes(contentType)) {
    throw new Error(
      `${label}: content type ${JSON.stringify(contentType)}, the spec declares ${mediaTypes.join(', ')}`,
    )
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new Error(`${label}: the body is not JSON: ${text.slice(0, 200)}`)
  }
  const schema = content[contentType]?.schema
  if (schema !== undefined) {
    expectValid(label, [...segments, 'content', contentType, 'schema'], body)
    if (status >= 200 && status < 300) {
      const inlineName = operation.operationId
        ? responseValidatorName(`${operation.operationId}${key === '200' ? '' : key}`)
        : `(${method} ${pathTemplate} has no operationId)`
      expectGeneratedValidatorAccepts(label, schema, body, inlineName)
    }
  }
  return body
}

/**
 * A problem+json answer for a request the spec cannot name (an unknown path): the status, the
 * content type, the Problem schema and the problem `type`.
 */
export async function expectProblem(response: Response, status: number, type: string): Promise<unknown> {
  const label = `problem ${status} ${type}`
  const text = await response.text()
  if (response.status !== status)
    throw new Error(`${label}: got status ${response.status}: ${text.slice(0, 300)}`)
  const contentType = response.headers.get('Content-Type') ?? ''
  if (!contentType.startsWith('application/problem+json'))
    throw new Error(`${label}: content type ${contentType}`)
  const body = JSON.parse(text) as { type?: string }
  expectValid(label, ['components', 'schemas', 'Problem'], body)
  if (body.type !== `https://duban.example/problems/${type}`)
    throw new Error(`${label}: type ${String(body.type)}`)
  return body
}
