import type { Context } from 'hono';
import * as v from 'valibot';
import { message } from '@jianyi/core';
import { jsonBodyLimit, readBody } from './body.js';
import { localeOf, ProblemError, validationProblem } from './problem.js';

/**
 * The request's JSON body, validated with core's schema in the caller's language.
 * Not JSON → 400; invalid → 422 with field errors. The raw text is returned too, for
 * idempotency hashing.
 */
export async function readJson<S extends v.GenericSchema>(c: Context, schema: S): Promise<{ value: v.InferOutput<S>; raw: string }> {
  const raw = new TextDecoder().decode(await readBody(c, jsonBodyLimit));
  let body: unknown;
  try {
    body = raw.length === 0 ? undefined : JSON.parse(raw);
  } catch {
    throw new ProblemError(400, 'invalid_json', 'invalidJson');
  }
  // JSON arrays pass an object check in valibot; no endpoint takes one.
  if (Array.isArray(body)) {
    throw new ProblemError(422, 'validation_failed', 'validationFailed', { errors: [{ field: '_', message: message('invalidType', localeOf(c)) }] });
  }
  return { value: parse(c, schema, body), raw };
}

export function parse<S extends v.GenericSchema>(c: Context, schema: S, input: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, input, { lang: localeOf(c) });
  if (!result.success) throw validationProblem(result.issues);
  return result.output;
}

/** Query parameters as one object (the last value wins for repeated names). */
export function queryOf(c: Context): Record<string, string> {
  return c.req.query();
}
