// Request bodies generated from the server's own OpenAPI document, then broken the ways
// careless and hostile clients break them. The document is generated from core's schemas,
// so what is generated here follows the schemas the server checks.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
}

/** Ids that exist in the demo data (and one that does not), for fields that name a record. */
const knownIds: Record<string, string[]> = {
  categoryId: ['urban', 'transport', 'no-such-category'],
  departmentId: ['urban', 'transport', 'no-such-dept'],
  coDepartmentIds: ['transport', 'urban'],
  optionIds: ['o1', 'o2', 'o3', 'o99'],
  into: ['JYDEMO000002', 'JY0000000000'],
  ids: ['JYDEMO000001', 'JYDEMO000003', 'JY0000000000'],
  workstationId: ['ws-nanhu', 'ws-yueyanglou', 'ws-none'],
  topicId: ['topic-bus', 'topic-none'],
  attachmentIds: ['att_nothere'],
  aspectId: ['a1', 'a-none'],
};

/** Things attackers put into text: SQL, templates, markup, control and direction characters. */
export const hostileFragments = [
  "'; drop table suggestions; --",
  '" or 1=1 --',
  '${7*7}',
  '{{7*7}}',
  '<%= 7*7 %>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u0000',
  '\u202e\u2066evil\u2069',
  '\ud800',
  '\\u0000',
  '%00',
  '../../etc/passwd',
  '𠮷𠮷🙂‍↔️',
];

const sentences = ['东湖路人行道的井盖缺失一周了，夜间行人容易踩空。', '建议加密 15 路公交早高峰班次', '已处理', '好', 'Street light out at No. 12'];

const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...sentences) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...sentences), fc.constantFrom(...hostileFragments)).map(([a, b]) => `${a}${b}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** Valid-looking values for `schema`; `name` is the property it fills, to pick real ids. */
export function arbitraryFor(schema: JsonSchema, name = ''): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices) return fc.oneof(...choices.map((choice) => arbitraryFor(choice, name)));
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date-time') return fc.integer({ min: -30, max: 30 }).map((days) => new Date(Date.now() + days * 86_400_000).toISOString());
      if (schema.pattern) return fc.constantFrom(...(knownIds[name] ?? ['x1']));
      return text;
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 50 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(arbitraryFor(schema.items ?? {}, name), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case 'object': {
      const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, arbitraryFor(value, key)]));
      return fc.record(properties, { requiredKeys: schema.required ?? [] });
    }
    default:
      return fc.anything();
  }
}

const megabyte = 'x'.repeat(1_000_000);
function deep(depth: number): unknown {
  let value: unknown = '底';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

type Mutation = (value: Record<string, unknown>) => unknown;

/** One way to break a body, chosen by fast-check along with the field it hits. */
export const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.constant({ name: 'as generated', apply: (value: Record<string, unknown>) => value }),
  fc.nat().map((n) => ({ name: 'missing field', apply: (value: Record<string, unknown>) => withoutKey(value, n) })),
  fc.tuple(fc.string({ maxLength: 12 }), fc.jsonValue()).map(([key, extra]) => ({ name: 'extra field', apply: (value: Record<string, unknown>) => ({ ...value, [`x${key}`]: extra }) })),
  fc.tuple(fc.nat(), fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }), fc.object({ maxDepth: 1 }))).map(([n, wrong]) => ({
    name: 'wrong type',
    apply: (value: Record<string, unknown>) => withKey(value, n, wrong),
  })),
  fc.nat().map((n) => ({ name: '1 MB string', apply: (value: Record<string, unknown>) => withKey(value, n, megabyte) })),
  fc.nat().map((n) => ({ name: 'deep nesting', apply: (value: Record<string, unknown>) => withKey(value, n, deep(3000)) })),
  fc.tuple(fc.nat(), fc.constantFrom(...hostileFragments)).map(([n, fragment]) => ({
    name: 'hostile text',
    apply: (value: Record<string, unknown>) => {
      const current = Object.values(value)[n % Math.max(1, Object.keys(value).length)];
      return withKey(value, n, `${typeof current === 'string' ? current : '正文'}${fragment}`);
    },
  })),
  fc.constant({ name: 'not an object', apply: () => [1, 2, 3] }),
);

function withoutKey(value: Record<string, unknown>, n: number) {
  const keys = Object.keys(value);
  if (keys.length === 0) return value;
  const { [keys[n % keys.length]!]: _dropped, ...rest } = value;
  return rest;
}

function withKey(value: Record<string, unknown>, n: number, replacement: unknown) {
  const keys = Object.keys(value);
  if (keys.length === 0) return { field: replacement };
  return { ...value, [keys[n % keys.length]!]: replacement };
}

/** The JSON text, sometimes corrupted at the byte level (cut short, invalid UTF-8, a stray byte). */
export const encoding: fc.Arbitrary<{ name: string; encode: (json: string) => Uint8Array<ArrayBuffer> }> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ name: 'json', encode: (json: string) => new TextEncoder().encode(json) }) },
  fc.nat().map((n) => ({ name: 'cut short', encode: (json: string) => new TextEncoder().encode(json).slice(0, n % Math.max(1, json.length)) })),
  fc.tuple(fc.nat(), fc.constantFrom([0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe4, 0xb8])).map(([n, bytes]) => ({
    name: 'invalid UTF-8',
    encode: (json: string) => {
      const raw = new TextEncoder().encode(json);
      const at = n % Math.max(1, raw.length);
      return new Uint8Array([...raw.slice(0, at), ...bytes, ...raw.slice(at)]);
    },
  })),
  fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })).map(([n, byte]) => ({
    name: 'stray byte',
    encode: (json: string) => {
      const raw = new TextEncoder().encode(json);
      if (raw.length > 0) raw[n % raw.length] = byte;
      return raw;
    },
  })),
);
