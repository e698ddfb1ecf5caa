import fc from 'fast-check';

/**
 * fast-check arbitraries from the service's own OpenAPI document: values that fit each schema,
 * values just outside its bounds, and values of the wrong shape altogether.
 */

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
  pattern?: string;
};

export type OpenApi = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };
export type Parameter = { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema?: Schema };
export type Operation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } };

/** Strings that break naive code: empty, huge, control and multi-byte characters, injection-like. */
export const nastyString = fc.oneof(
  fc.constantFrom('', ' ', 'null', 'undefined', '0', '-1', '1e309', 'NaN', '\u0000', '%00', '../../etc/passwd', "' OR 1=1 --", '<script>', '😀', '𝔘𝔫𝔦', 'ÅÄÖ', '\r\nX-Injected: 1'),
  // NUL inside text, and unpaired surrogates (JSON.stringify writes them as \ud800 escapes).
  fc.constantFrom('a\u0000b', '\u0000\u0000', 'x\ud800', '\udc00', '\ud83d', 'ok\udfffok', '%'),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00'), fc.string({ maxLength: 10 })).map((parts) => parts.join('')),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: 250, max: 5_000 }).map((n) => 'A'.repeat(n)),
);

/** Dates at and beyond the bounds (2000-01-01 to 2100-12-31), impossible and odd ones. */
export const extremeDate = fc.oneof(
  fc.constantFrom('2024-03-31', '2024-02-30', '31/03/2024', '0000-00-00', '0000-01-01', '0001-01-01', '1999-12-31', '2000-01-01',
    '2100-12-31', '2101-01-01', '9999-12-31', '-000001-01-01', '+275760-09-13', '2024-13-01', '2023-02-29', '2024-02-29'),
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

const wrongValue = fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.integer(), nastyString, fc.constant([]), fc.constant({}), fc.jsonValue({ maxDepth: 3 }));

function numberArbitrary(schema: Schema, integer: boolean): fc.Arbitrary<unknown> {
  const min = schema.minimum ?? schema.exclusiveMinimum ?? -1e6;
  const max = schema.maximum ?? schema.exclusiveMaximum ?? 1e9;
  const edges = [min, max, min - (integer ? 1 : 0.01), max + (integer ? 1 : 0.01), 0, -0, Number.MAX_SAFE_INTEGER, 1e308];
  const inside = integer
    ? fc.integer({ min: Math.ceil(Math.max(min, -1e9)), max: Math.floor(Math.min(max, 1e9)) })
    : fc.double({ min: Math.max(min, -1e9), max: Math.min(max, 1e9), noNaN: true }).map((v) => Math.round(v * 100) / 100);
  return fc.oneof({ weight: 3, arbitrary: inside }, { weight: 1, arbitrary: fc.constantFrom(...edges) }, { weight: 1, arbitrary: fc.double() });
}

export function arbitraryFor(doc: OpenApi, schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return wrongValue;
  if (schema.$ref) return arbitraryFor(doc, doc.components?.schemas?.[schema.$ref.split('/').pop()!], depth + 1);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: wrongValue });
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices?.length) return fc.oneof(...choices.map((s) => arbitraryFor(doc, s, depth + 1)));
  if (schema.allOf?.length) return arbitraryFor(doc, schema.allOf[0], depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') ?? 'null' : schema.type;
  switch (type) {
    case 'object': {
      const properties = Object.entries(schema.properties ?? {});
      if (!properties.length) return fc.dictionary(fc.string({ maxLength: 10 }), wrongValue, { maxKeys: 3 });
      const record = fc.record(
        Object.fromEntries(properties.map(([name, s]) => [name, arbitraryFor(doc, s, depth + 1)])),
        { requiredKeys: schema.required?.filter((name) => schema.properties?.[name]) ?? [] },
      );
      return fc.oneof({ weight: 4, arbitrary: record }, { weight: 1, arbitrary: fc.tuple(record, nastyString, wrongValue).map(([o, k, v]) => ({ ...(o as object), [k]: v })) });
    }
    case 'array':
      return fc.array(arbitraryFor(doc, schema.items, depth + 1), { minLength: 0, maxLength: Math.min(schema.maxItems ?? 5, 5) });
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return fc.oneof(numberArbitrary(schema, false), numberArbitrary(schema, false).map(String));
    case 'boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom('true', 'false', 'yes', 1));
    case 'string':
      if (schema.format === 'date') return fc.oneof(extremeDate, extremeDate, nastyString);
      if (schema.format === 'date-time') return fc.oneof(extremeDate.map((d) => `${d}T00:00:00Z`), nastyString);
      return fc.oneof(
        { weight: 2, arbitrary: fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 30, 60) }) },
        { weight: 1, arbitrary: nastyString },
      );
    case 'null':
      return fc.constant(null);
    default:
      return wrongValue;
  }
}
