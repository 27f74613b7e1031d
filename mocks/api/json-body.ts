import { z } from 'zod/mini'
import { invalidParameters, type ParameterError } from './problem'

/** A zod issue about the request body, as the contract's ParameterError (a JSON Pointer). */
export function bodyError(issue: z.core.$ZodIssue): ParameterError {
  if (issue.code === 'unrecognized_keys') {
    return { in: 'body', parameter: `/${issue.keys.join(', /')}`, code: 'unknown', message: issue.message }
  }
  const parameter = `/${issue.path.map(String).join('/')}`
  const code =
    issue.code === 'invalid_type'
      ? 'required'
      : issue.code === 'invalid_value'
        ? 'enum'
        : issue.code === 'too_big' || issue.code === 'too_small'
          ? 'range'
          : 'format'
  return { in: 'body', parameter, code, message: issue.message }
}

export type JsonBody<T> = { ok: true; data: T } | { ok: false; response: Response }

/**
 * Reads a JSON request body against its schema. JSON only: a cross-site HTML form cannot send
 * it without a CORS preflight. Every failure is a 400 problem naming what was wrong.
 */
export async function readJsonBody<T extends z.ZodMiniType>(
  request: Request,
  schema: T,
  instance: string,
  shape: string,
): Promise<JsonBody<z.output<T>>> {
  if (!(request.headers.get('Content-Type') ?? '').toLowerCase().startsWith('application/json')) {
    const message = 'must be application/json'
    return {
      ok: false,
      response: invalidParameters(
        [{ in: 'header', parameter: 'Content-Type', code: 'format', message }],
        instance,
      ),
    }
  }
  let json: unknown
  try {
    json = await request.json()
  } catch {
    const message = `must be a JSON object ${shape}`
    return {
      ok: false,
      response: invalidParameters([{ in: 'body', parameter: '/', code: 'format', message }], instance),
    }
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success)
    return { ok: false, response: invalidParameters(parsed.error.issues.map(bodyError), instance) }
  return { ok: true, data: parsed.data }
}
