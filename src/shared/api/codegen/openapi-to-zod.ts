/**
 * Turns the JSON Schemas of an OpenAPI 3.1 document into zod/mini validator source code.
 *
 * Why our own: the maintained generators that emit zod 4 (`zod/mini`) need Node 22 (orval,
 * hey-api, kubb) and the others emit zod 3; this project runs on Node 20. The spec uses a small
 * part of JSON Schema, and this module supports exactly that part and refuses the rest loudly,
 * so a spec change can never yield a validator that silently checks less than the contract says.
 *
 * Decisions, for every generated validator:
 * - Unknown members of an object with `additionalProperties: false` are accepted and dropped
 *   (`z.object`), not rejected: a backend that adds a field must not break a deployed client.
 *   The contract tests (Ajv) still hold the mock to the exact shape. An object that allows extra
 *   members (`additionalProperties` absent or `true`, e.g. `Problem`) keeps them (`z.looseObject`).
 * - Enumerations stay closed: codes are stable by contract and the UI translates each one.
 * - `format: date` / `date-time` are checked by the schema's own `pattern` when it has one (the
 *   spec's patterns are stricter than ISO 8601: whole seconds, `+08:00`), else by `z.iso`. Other
 *   formats (`uri`, `password`) are annotations. `default`, `examples` and descriptions are
 *   annotations too: a validator never invents a missing value.
 * - `oneOf` becomes a union (a value matching two branches is accepted), with a discriminated
 *   union where the spec names a discriminator; a branch of `type: 'null'` makes it nullable.
 * - Only `zod/mini` is imported and every export is a plain constant of pure calls (zod/mini
 *   marks its functions side-effect free), so a bundle keeps only the validators it uses.
 * - Nothing here compiles code at run time: the output is plain source, and zod runs jitless.
 */

export type JsonSchema = boolean | SchemaObject

export interface SchemaObject {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  const?: unknown
  oneOf?: JsonSchema[]
  anyOf?: JsonSchema[]
  discriminator?: { propertyName: string; mapping?: Record<string, string> }
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: JsonSchema
  minProperties?: number
  items?: JsonSchema
  minItems?: number
  maxItems?: number
  uniqueItems?: boolean
  minLength?: number
  maxLength?: number
  pattern?: string
  format?: string
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  description?: string
  [keyword: string]: unknown
}

interface ResponseObject {
  $ref?: string
  content?: Record<string, { schema?: JsonSchema }>
}

export interface OpenApiDocument {
  paths?: Record<string, Record<string, { operationId?: string; responses?: Record<string, ResponseObject> }>>
  components?: { schemas?: Record<string, JsonSchema>; responses?: Record<string, ResponseObject> }
}

/** Keywords that only annotate: they never change what a response may be. */
const annotations = new Set([
  'description',
  'title',
  'examples',
  'example',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'format',
  '$comment',
])

/** Every keyword the generator understands; anything else is refused. */
const supported = new Set([
  ...annotations,
  '$ref',
  'type',
  'enum',
  'const',
  'oneOf',
  'anyOf',
  'discriminator',
  'properties',
  'required',
  'additionalProperties',
  'minProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
])

const componentPrefix = '#/components/schemas/'

/** `KpiSummary` → `kpiSummarySchema`: the validator's export name for a component schema. */
export function validatorName(schemaName: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(schemaName)) {
    throw new Error(`Schema name ${JSON.stringify(schemaName)} cannot become an identifier`)
  }
  return `${schemaName.charAt(0).toLowerCase()}${schemaName.slice(1)}Schema`
}

/** `getKpiSummary` → `getKpiSummaryResponseSchema`, for an operation's inline response schema. */
export function responseValidatorName(operationId: string): string {
  return validatorName(operationId).replace(/Schema$/, 'ResponseSchema')
}

function refName(ref: string): string {
  if (!ref.startsWith(componentPrefix)) throw new Error(`Unsupported $ref ${ref} (only ${componentPrefix}…)`)
  return decodeURIComponent(ref.slice(componentPrefix.length)).replaceAll('~1', '/').replaceAll('~0', '~')
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/

const propertyKey = (key: string) => (identifier.test(key) ? key : JSON.stringify(key))

/** A regex literal for a JSON Schema pattern (ECMA-262 with the `u` flag, as Ajv reads it). */
function regexLiteral(pattern: string, where: string): string {
  try {
    new RegExp(pattern, 'u')
  } catch (cause) {
    throw new Error(`${where}: pattern ${JSON.stringify(pattern)} is not a valid regular expression`, {
      cause,
    })
  }
  // A `/` must be escaped in a literal; one already escaped (after an odd run of `\`) stays.
  const body = pattern
    .replace(/(\\*)\//g, (match, slashes: string) => (slashes.length % 2 === 1 ? match : `${slashes}\\/`))
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
  return `/${body}/u`
}

const jsDoc = (text: string | undefined, indent = '') => {
  if (!text?.trim()) return ''
  const lines = text.trim().replaceAll('*/', '*\\/').split('\n')
  return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`
}

interface Context {
  /** Where in the document, for messages. */
  where: string
  /** Component schemas referenced, to order the output. */
  dependencies: Set<string>
}

/**
 * How the generated code names zod: every call is marked pure. zod/mini marks its functions
 * side-effect free itself, but Rolldown honours that only while zod sits in the same chunk as
 * the caller; once zod is split into a chunk of its own (as in the app) every unused validator
 * would stay in the bundle. A mark at the call site is honoured everywhere. One mark before a
 * chain (`z.string().check(…)`) covers the whole chain.
 */
const z = '/* @__PURE__ */ z'

function withChecks(base: string, checks: string[]): string {
  return checks.length === 0 ? base : `${base}.check(${checks.join(', ')})`
}

function nullable(code: string, isNullable: boolean): string {
  return isNullable ? `${z}.nullable(${code})` : code
}

function literalCode(value: unknown, where: string): string {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return JSON.stringify(value)
  throw new Error(`${where}: only string, number, boolean and null literals are supported`)
}

function enumCode(values: unknown[], where: string): string {
  if (values.length === 0) throw new Error(`${where}: an empty enum accepts nothing`)
  if (values.every((value) => typeof value === 'string')) {
    return `${z}.enum([${values.map((value) => JSON.stringify(value)).join(', ')}])`
  }
  return values.length === 1
    ? `${z}.literal(${literalCode(values[0], where)})`
    : `${z}.literal([${values.map((value) => literalCode(value, where)).join(', ')}])`
}

function isNullSchema(schema: JsonSchema): boolean {
  return (
    typeof schema === 'object' &&
    schema.type === 'null' &&
    Object.keys(schema).every((k) => k === 'type' || annotations.has(k))
  )
}

function numericChecks(schema: SchemaObject): string[] {
  const checks: string[] = []
  if (schema.minimum !== undefined) checks.push(`${z}.minimum(${schema.minimum})`)
  if (schema.exclusiveMinimum !== undefined) checks.push(`${z}.gt(${schema.exclusiveMinimum})`)
  if (schema.maximum !== undefined) checks.push(`${z}.maximum(${schema.maximum})`)
  if (schema.exclusiveMaximum !== undefined) checks.push(`${z}.lt(${schema.exclusiveMaximum})`)
  return checks
}

function stringCode(schema: SchemaObject, where: string): string {
  const checks: string[] = []
  if (schema.minLength !== undefined) checks.push(`${z}.minLength(${schema.minLength})`)
  if (schema.maxLength !== undefined) checks.push(`${z}.maxLength(${schema.maxLength})`)
  if (schema.pattern !== undefined) checks.push(`${z}.regex(${regexLiteral(schema.pattern, where)})`)
  // Without a pattern of its own, a date format is still checked (with zod's regexes, no eval).
  if (schema.pattern === undefined && schema.format === 'date') return withChecks(`${z}.iso.date()`, checks)
  if (schema.pattern === undefined && schema.format === 'date-time') {
    return withChecks(`${z}.iso.datetime({ offset: true })`, checks)
  }
  return withChecks(`${z}.string()`, checks)
}

function arrayCode(schema: SchemaObject, context: Context): string {
  if (schema.items === undefined) throw new Error(`${context.where}: an array needs \`items\``)
  const checks: string[] = []
  if (schema.minItems !== undefined) checks.push(`${z}.minLength(${schema.minItems})`)
  if (schema.maxItems !== undefined) checks.push(`${z}.maxLength(${schema.maxItems})`)
  if (schema.uniqueItems) {
    checks.push(
      `${z}.refine((items: unknown[]) => new Set(items).size === items.length, 'Items must be unique')`,
    )
  }
  return withChecks(
    `${z}.array(${schemaCode(schema.items, { ...context, where: `${context.where}/items` })})`,
    checks,
  )
}

function objectCode(schema: SchemaObject, context: Context): string {
  const required = new Set(schema.required ?? [])
  const properties = schema.properties ?? {}
  for (const name of required) {
    if (!(name in properties)) throw new Error(`${context.where}: required property ${name} is not described`)
  }
  const members = Object.entries(properties).map(([name, property]) => {
    const code = schemaCode(property, { ...context, where: `${context.where}/properties/${name}` })
    return `${propertyKey(name)}: ${required.has(name) ? code : `${z}.optional(${code})`}`
  })
  const shape = `{ ${members.join(', ')} }`
  const extra = schema.additionalProperties
  let code: string
  if (extra === false) code = `${z}.object(${shape})`
  else if (extra === undefined || extra === true) code = `${z}.looseObject(${shape})`
  else {
    const extraCode = schemaCode(extra, { ...context, where: `${context.where}/additionalProperties` })
    code = `${z}.catchall(${z}.object(${shape}), ${extraCode})`
  }
  const checks: string[] = []
  if (schema.minProperties !== undefined) {
    const count = schema.minProperties
    checks.push(
      `${z}.refine((value: object) => Object.keys(value).length >= ${count}, 'At least ${count} member${count === 1 ? '' : 's'} expected')`,
    )
  }
  return withChecks(code, checks)
}

function typeCode(type: string, schema: SchemaObject, context: Context): string {
  switch (type) {
    case 'string':
      return stringCode(schema, context.where)
    case 'integer':
      return withChecks(`${z}.int()`, numericChecks(schema))
    case 'number':
      return withChecks(`${z}.number()`, numericChecks(schema))
    case 'boolean':
      return `${z}.boolean()`
    case 'null':
      return `${z}.null()`
    case 'array':
      return arrayCode(schema, context)
    case 'object':
      return objectCode(schema, context)
    default:
      throw new Error(`${context.where}: unsupported type ${JSON.stringify(type)}`)
  }
}

function unionCode(schema: SchemaObject, branches: JsonSchema[], keyword: string, context: Context): string {
  const others = Object.keys(schema).filter(
    (key) => !annotations.has(key) && key !== keyword && key !== 'discriminator',
  )
  if (others.length > 0) {
    throw new Error(`${context.where}: ${keyword} beside ${others.join(', ')} is not supported`)
  }
  const isNullable = branches.some(isNullSchema)
  const rest = branches.filter((branch) => !isNullSchema(branch))
  const codes = rest.map((branch, index) =>
    schemaCode(branch, { ...context, where: `${context.where}/${keyword}/${index}` }),
  )
  const [only] = codes
  if (only === undefined) return `${z}.null()`
  if (codes.length === 1) return nullable(only, isNullable)
  const union = schema.discriminator
    ? `${z}.discriminatedUnion(${JSON.stringify(schema.discriminator.propertyName)}, [${codes.join(', ')}])`
    : `${z}.union([${codes.join(', ')}])`
  return nullable(union, isNullable)
}

/** The zod/mini expression for one schema. */
export function schemaCode(schema: JsonSchema, context: Context): string {
  if (schema === true) return `${z}.unknown()`
  if (schema === false) return `${z}.never()`
  const unknownKeywords = Object.keys(schema).filter((key) => !supported.has(key) && !key.startsWith('x-'))
  if (unknownKeywords.length > 0) {
    throw new Error(`${context.where}: unsupported keyword ${unknownKeywords.join(', ')}`)
  }
  if (schema.$ref !== undefined) {
    // OpenAPI 3.1 allows siblings of $ref; only annotations are expected there.
    const siblings = Object.keys(schema).filter((key) => key !== '$ref' && !annotations.has(key))
    if (siblings.length > 0) throw new Error(`${context.where}: $ref beside ${siblings.join(', ')}`)
    const name = refName(schema.$ref)
    context.dependencies.add(name)
    return validatorName(name)
  }
  if (schema.oneOf) return unionCode(schema, schema.oneOf, 'oneOf', context)
  if (schema.anyOf) return unionCode(schema, schema.anyOf, 'anyOf', context)

  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type]
  const isNullable = types.includes('null') || (schema.enum?.includes(null) ?? false)
  if (schema.const !== undefined) {
    return nullable(`${z}.literal(${literalCode(schema.const, context.where)})`, isNullable)
  }
  if (schema.enum) {
    const values = schema.enum.filter((value) => value !== null)
    return nullable(enumCode(values, context.where), isNullable)
  }
  const nonNull = types.filter((type) => type !== 'null')
  if (nonNull.length === 0) {
    if (types.includes('null')) return `${z}.null()`
    throw new Error(`${context.where}: a schema needs a type, $ref, enum, const, oneOf or anyOf`)
  }
  const codes = nonNull.map((type) => typeCode(type, schema, context))
  const [only] = codes
  return nullable(
    only !== undefined && codes.length === 1 ? only : `${z}.union([${codes.join(', ')}])`,
    isNullable,
  )
}

interface Declaration {
  name: string
  exportName: string
  code: string
  description: string | undefined
  dependencies: Set<string>
}

function resolveResponse(document: OpenApiDocument, response: ResponseObject): ResponseObject {
  if (response.$ref === undefined) return response
  const prefix = '#/components/responses/'
  if (!response.$ref.startsWith(prefix)) throw new Error(`Unsupported response $ref ${response.$ref}`)
  const resolved = document.components?.responses?.[response.$ref.slice(prefix.length)]
  if (!resolved) throw new Error(`Unresolvable response $ref ${response.$ref}`)
  return resolved
}

/**
 * The inline (non-$ref) JSON schemas of each operation's 200/201 answer, by operation id.
 * Answers that name a component schema need nothing more: that component's validator fits.
 */
function inlineResponseSchemas(document: OpenApiDocument): [string, JsonSchema][] {
  const found: [string, JsonSchema][] = []
  for (const [path, operations] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(operations)) {
      for (const status of ['200', '201']) {
        const declared = operation.responses?.[status]
        if (!declared) continue
        const schema = resolveResponse(document, declared).content?.['application/json']?.schema
        if (schema === undefined || (typeof schema === 'object' && schema.$ref !== undefined)) continue
        if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${path} needs an operationId`)
        found.push([`${operation.operationId}${status === '200' ? '' : status}`, schema])
      }
    }
  }
  return found
}

/** Orders declarations so that each comes after what it references (constants cannot be used early). */
function inDependencyOrder(declarations: Declaration[]): Declaration[] {
  const byName = new Map(declarations.map((declaration) => [declaration.name, declaration]))
  const ordered: Declaration[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (declaration: Declaration, trail: string[]) => {
    const seen = state.get(declaration.name)
    if (seen === 'done') return
    if (seen === 'visiting') {
      throw new Error(`Recursive schemas are not supported: ${[...trail, declaration.name].join(' → ')}`)
    }
    state.set(declaration.name, 'visiting')
    for (const dependency of declaration.dependencies) {
      const target = byName.get(dependency)
      if (!target)
        throw new Error(`${declaration.name} references ${dependency}, which the spec does not define`)
      visit(target, [...trail, declaration.name])
    }
    state.set(declaration.name, 'done')
    ordered.push(declaration)
  }
  for (const declaration of declarations) visit(declaration, [])
  return ordered
}

export const generatedHeader = `/**
 * This file was generated from public/openapi.yaml by src/shared/api/codegen/generate-validators.ts.
 * Do not make direct changes to the file: run \`npm run api:validators\` (or \`npm run api:types\`).
 */
`

/** A generated file, its path relative to src/shared/api, and its source (before prettier). */
export interface GeneratedFile {
  path: string
  source: string
}

/** The folder of the one-validator modules, relative to src/shared/api. */
export const validatorModulesDir = 'validators'

/** `kpiSummarySchema` → `kpi-summary.gen.ts`: the module of one validator. */
function moduleFileName(exportName: string): string {
  const base = exportName.replace(/Schema$/, '')
  return `${base.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}.gen.ts`
}

/**
 * The validators of an OpenAPI document: one module per validator under `validators/`, and
 * `validators.gen.ts`, which re-exports them all by name (what the app imports).
 *
 * One module each, not one file of constants: a bundler places whole modules in chunks, so a
 * single module would put every validator that any page uses into the chunk of the first page
 * that needs one (the sign-in's `meSchema` is in the first load). Module by module, each page's
 * chunk carries its own validators, and the re-exports cost nothing.
 */
export function generateValidatorFiles(document: OpenApiDocument): GeneratedFile[] {
  const declarations: Declaration[] = []
  const exportNames = new Set<string>()
  const add = (name: string, exportName: string, schema: JsonSchema, where: string) => {
    if (exportNames.has(exportName)) throw new Error(`Two validators would be named ${exportName}`)
    exportNames.add(exportName)
    const dependencies = new Set<string>()
    const code = schemaCode(schema, { where, dependencies })
    const description = typeof schema === 'object' ? schema.description : undefined
    declarations.push({ name, exportName, code, description, dependencies })
  }
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    add(name, validatorName(name), schema, `#/components/schemas/${name}`)
  }
  for (const [operationId, schema] of inlineResponseSchemas(document)) {
    add(`operation:${operationId}`, responseValidatorName(operationId), schema, `operation ${operationId}`)
  }
  // Modules may not import each other in a circle either: refuse recursion here too.
  const ordered = inDependencyOrder(declarations)
  const modules = ordered.map((declaration): GeneratedFile => {
    const imports = [...declaration.dependencies].sort().map((dependency) => {
      const exportName = validatorName(dependency)
      return `import { ${exportName} } from './${moduleFileName(exportName).replace(/\.ts$/, '')}'\n`
    })
    // An alias of another validator (`AsOf` is a `Timestamp`) calls no zod function.
    if (declaration.code.includes(`${z}.`)) imports.unshift(`import { z } from 'zod/mini'\n`)
    return {
      path: `${validatorModulesDir}/${moduleFileName(declaration.exportName)}`,
      source:
        `${generatedHeader}${imports.join('')}\n` +
        `${jsDoc(declaration.description)}export const ${declaration.exportName} = ${declaration.code}\n`,
    }
  })
  const reexports = ordered
    .map((declaration) => {
      const from = `./${validatorModulesDir}/${moduleFileName(declaration.exportName).replace(/\.ts$/, '')}`
      return `export { ${declaration.exportName} } from '${from}'\n`
    })
    .join('')
  return [{ path: 'validators.gen.ts', source: `${generatedHeader}${reexports}` }, ...modules]
}
