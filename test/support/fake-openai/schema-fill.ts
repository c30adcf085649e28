// A JSON-Schema-driven value generator: fills a response_format schema with a value that validates against it.
import { createFillStyle, type FillStyle, type FillStyleName, type Slot } from './fill-styles.js';
import { stringForPattern } from './pattern-string.js';
import { createRng, type Rng } from './prng.js';

/**
 * Handles what zod v4's `toJSONSchema` emits for Boussole's agents, and a little more: `type` (one or a list),
 * `properties` / `required` / `additionalProperties`, `items` / `prefixItems` / `minItems` / `maxItems`,
 * `enum`, `const`, `anyOf` / `oneOf` / `allOf`, `$ref` into `$defs` or `definitions`, string `pattern`,
 * `format`, `minLength` / `maxLength`, number bounds and `multipleOf`.
 */
export interface FillOptions {
  style: FillStyleName;
  /** Same seed and schema, same value. */
  seed: number;
}

type Schema = Readonly<Record<string, unknown>>;

interface Walk {
  readonly root: unknown;
  readonly rng: Rng;
  readonly style: FillStyle;
  /** Ids issued so far per prefix, so own ids count up and references can point back. */
  readonly issued: Map<string, number>;
  /** Own id numbers of the objects being filled, per prefix (A3 while filling action A3). */
  readonly enclosing: Map<string, number>;
}

/** Beyond this depth, optional parts are left out so recursive schemas end. */
const MAX_DEPTH = 24;
const ID_PATTERN = /^\^(?:([A-Za-z])|\[([A-Za-z]+)\])\[0-9\]\+\$$/;

export function fillSchema(schema: unknown, { style, seed }: FillOptions): unknown {
  const rng = createRng(seed);
  const walk: Walk = {
    root: schema,
    rng,
    style: createFillStyle(style, rng),
    issued: new Map(),
    enclosing: new Map(),
  };
  return fill(walk, schema, { property: '', parent: '', index: null, depth: 0, description: null }, 0);
}

function fill(walk: Walk, raw: unknown, slot: Slot, refs: number): unknown {
  if (raw === true || (isSchema(raw) && Object.keys(raw).length === 0)) return walk.style.text(slot);
  if (!isSchema(raw)) throw new Error(`fake-openai: cannot fill schema ${JSON.stringify(raw)}`);
  const schema = raw.allOf ? mergeAll(walk, raw, refs) : raw;
  const here: Slot = { ...slot, description: stringOr(schema.description, slot.description) };

  if (typeof schema.$ref === 'string') {
    if (refs > MAX_DEPTH) throw new Error(`fake-openai: $ref ${schema.$ref} nests deeper than ${MAX_DEPTH}`);
    const { $ref, ...siblings } = schema;
    return fill(walk, { ...asSchema(resolveRef(walk.root, $ref)), ...siblings }, here, refs + 1);
  }
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return walk.rng.pick(schema.enum);
  const options = (schema.anyOf ?? schema.oneOf) as unknown;
  if (Array.isArray(options)) return fill(walk, chooseOption(walk, options, here), here, refs);

  const type = chooseType(walk, schema, here);
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return walk.rng.next() < 0.5;
    case 'integer':
    case 'number':
      return fillNumber(walk, schema, here, type === 'integer');
    case 'string':
      return fillString(walk, schema, here);
    case 'array':
      return fillArray(walk, schema, here, refs);
    case 'object':
      return fillObject(walk, schema, here, refs);
    default:
      throw new Error(`fake-openai: unknown JSON Schema type ${JSON.stringify(type)}`);
  }
}

function chooseType(walk: Walk, schema: Schema, slot: Slot): string {
  const declared = schema.type;
  if (typeof declared === 'string') return declared;
  if (Array.isArray(declared) && declared.length > 0) {
    const types = declared.filter((t): t is string => typeof t === 'string');
    const concrete = types.filter((t) => t !== 'null');
    if (concrete.length === 0 || (types.includes('null') && nullNow(walk, slot))) return 'null';
    return walk.rng.pick(concrete);
  }
  // No type: infer it from the keywords present, as a validator would accept.
  if (schema.properties || schema.required || schema.additionalProperties !== undefined) return 'object';
  if (schema.items || schema.prefixItems || schema.minItems !== undefined) return 'array';
  if (schema.minimum !== undefined || schema.maximum !== undefined || schema.multipleOf !== undefined)
    return 'number';
  return 'string';
}

function nullNow(walk: Walk, slot: Slot): boolean {
  return slot.depth > MAX_DEPTH || walk.rng.next() < walk.style.nullChance;
}

function chooseOption(walk: Walk, options: readonly unknown[], slot: Slot): unknown {
  if (options.length === 0) throw new Error('fake-openai: anyOf/oneOf with no options');
  const isNull = (option: unknown) => isSchema(option) && option.type === 'null';
  const concrete = options.filter((option) => !isNull(option));
  if (concrete.length === 0 || (concrete.length < options.length && nullNow(walk, slot)))
    return { type: 'null' };
  return walk.rng.pick(concrete);
}

function fillNumber(walk: Walk, schema: Schema, slot: Slot, integer: boolean): number {
  let low = numberOr(schema.minimum, Number.NEGATIVE_INFINITY);
  let high = numberOr(schema.maximum, Number.POSITIVE_INFINITY);
  const step = integer ? 1 : 1e-6;
  if (typeof schema.exclusiveMinimum === 'number') low = Math.max(low, schema.exclusiveMinimum + step);
  if (typeof schema.exclusiveMaximum === 'number') high = Math.min(high, schema.exclusiveMaximum - step);
  let value = Math.min(high, Math.max(low, walk.style.number(slot, integer)));
  if (integer) value = Math.min(Math.floor(high), Math.max(Math.ceil(low), Math.round(value)));
  const multiple = schema.multipleOf;
  if (typeof multiple === 'number' && multiple > 0) {
    value = Math.ceil(value / multiple) * multiple;
    if (value > high) value -= multiple;
  }
  return value;
}

function fillString(walk: Walk, schema: Schema, slot: Slot): string {
  if (typeof schema.pattern === 'string') return patternString(walk, schema.pattern, slot);
  const formatted = typeof schema.format === 'string' ? formatString(walk, schema.format) : null;
  if (formatted !== null) return formatted;
  const min = numberOr(schema.minLength, 0);
  const max = numberOr(schema.maxLength, Number.POSITIVE_INFINITY);
  let text = walk.style.text(slot);
  // Lengths count code points, as JSON Schema does.
  if ([...text].length > max) text = [...text].slice(0, max).join('');
  while ([...text].length < min) text += 'x';
  return text;
}

function patternString(walk: Walk, pattern: string, slot: Slot): string {
  const id = ID_PATTERN.exec(pattern);
  if (!id) return stringForPattern(pattern, walk.rng);
  // Typed ids (`^G[0-9]+$`, `^[SWOT][0-9]+$`): the style decides the number, so references can be made to
  // resolve (plausible) or to dangle (meaningless).
  const prefix = id[1] ?? walk.rng.pick([...(id[2] as string)]);
  const issued = walk.issued.get(prefix) ?? 0;
  if (slot.property === 'id') walk.issued.set(prefix, issued + 1);
  const own = walk.enclosing.get(prefix) ?? null;
  return `${prefix}${Math.max(0, Math.round(walk.style.idNumber(prefix, slot, { issued, own })))}`;
}

function formatString(walk: Walk, format: string): string | null {
  const n = walk.rng.int(1, 999);
  switch (format) {
    case 'email':
      return `someone${n}@example.com`;
    case 'uri':
    case 'url':
      return `https://example.com/page/${n}`;
    case 'uuid':
      return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    case 'date':
      return `2026-0${walk.rng.int(1, 9)}-1${walk.rng.int(0, 9)}`;
    case 'date-time':
      return `2026-0${walk.rng.int(1, 9)}-1${walk.rng.int(0, 9)}T09:30:00Z`;
    default:
      return null;
  }
}

function fillArray(walk: Walk, schema: Schema, slot: Slot, refs: number): unknown[] {
  const tuple = Array.isArray(schema.prefixItems) ? schema.prefixItems : [];
  const min = Math.max(numberOr(schema.minItems, 0), tuple.length);
  const max = Math.min(
    schema.items === false ? tuple.length : numberOr(schema.maxItems, Number.POSITIVE_INFINITY),
    Math.max(min, ownKindCap(walk, schema.items)),
  );
  const wanted = slot.depth > MAX_DEPTH ? min : walk.style.arrayLength(slot, min, max);
  const length = Math.min(max, Math.max(min, wanted));
  const distinct = schema.uniqueItems === true || walk.style.distinctItems;
  const items: unknown[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < length; index += 1) {
    const itemSchema = index < tuple.length ? tuple[index] : (schema.items ?? true);
    const itemSlot: Slot = {
      property: slot.property,
      parent: slot.parent,
      index,
      depth: slot.depth + 1,
      description: null,
    };
    let item = fill(walk, itemSchema, itemSlot, refs);
    // Distinct items: a few more draws, then stop short rather than loop (only legal above minItems).
    for (let tries = 0; distinct && seen.has(JSON.stringify(item)) && tries < 8; tries += 1)
      item = fill(walk, itemSchema, itemSlot, refs);
    if (distinct && seen.has(JSON.stringify(item))) {
      if (items.length >= min || schema.uniqueItems !== true) break;
      throw new Error(`fake-openai: cannot find ${min} distinct items for ${slot.property || 'the root'}`);
    }
    seen.add(JSON.stringify(item));
    items.push(item);
  }
  return items;
}

/** How many references to its own kind an array may hold, inside an object of that kind (else no cap). */
function ownKindCap(walk: Walk, items: unknown): number {
  const resolved =
    isSchema(items) && typeof items.$ref === 'string' ? resolveRef(walk.root, items.$ref) : items;
  const id =
    isSchema(resolved) && typeof resolved.pattern === 'string' ? ID_PATTERN.exec(resolved.pattern) : null;
  const own = id?.[1] === undefined ? undefined : walk.enclosing.get(id[1]);
  return own === undefined ? Number.POSITIVE_INFINITY : walk.style.ownKindReferences(own);
}

function fillObject(walk: Walk, schema: Schema, slot: Slot, refs: number): Record<string, unknown> {
  const properties = isSchema(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const out: Record<string, unknown> = {};
  const child = (property: string): Slot => ({
    property,
    parent: slot.property,
    index: null,
    depth: slot.depth + 1,
    description: null,
  });
  const restore: [string, number | undefined][] = [];
  for (const [property, propertySchema] of Object.entries(properties)) {
    // Optional properties: as the style says, and left out once nesting gets deep.
    const include = required.has(property) || (walk.style.optionalProperties && slot.depth < MAX_DEPTH);
    if (!include) continue;
    const value = fill(walk, propertySchema, child(property), refs);
    out[property] = value;
    // Once this object has a typed id (A3), references it holds to its own kind know which one it is.
    const ownId = property === 'id' && typeof value === 'string' ? /^([A-Za-z])(\d+)$/.exec(value) : null;
    if (ownId) {
      const prefix = ownId[1] as string;
      restore.push([prefix, walk.enclosing.get(prefix)]);
      walk.enclosing.set(prefix, Number(ownId[2]));
    }
  }
  for (const property of required) {
    if (property in out) continue;
    const extra = schema.additionalProperties;
    out[property] = fill(walk, isSchema(extra) ? extra : true, child(property), refs);
  }
  for (const [prefix, previous] of restore.reverse()) {
    if (previous === undefined) walk.enclosing.delete(prefix);
    else walk.enclosing.set(prefix, previous);
  }
  return out;
}

/** allOf: one schema with the parts' keywords merged (properties and required united), enough for fills. */
function mergeAll(walk: Walk, schema: Schema, refs: number): Schema {
  const { allOf, ...rest } = schema;
  const parts = (Array.isArray(allOf) ? allOf : []).map((part) => {
    const resolved = asSchema(part);
    return typeof resolved.$ref === 'string' && refs <= MAX_DEPTH
      ? asSchema(resolveRef(walk.root, resolved.$ref))
      : resolved;
  });
  let merged: Record<string, unknown> = { ...rest };
  for (const part of parts) {
    merged = {
      ...part,
      ...merged,
      properties: { ...asSchema(part.properties ?? {}), ...asSchema(merged.properties ?? {}) },
      required: [...new Set([...toStrings(part.required), ...toStrings(merged.required)])],
    };
  }
  return merged;
}

/** Resolves a local JSON pointer (`#`, `#/$defs/x`, `#/definitions/x`); remote references are refused. */
export function resolveRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`fake-openai: only local $ref are supported, got ${ref}`);
  let target: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isSchema(target) || !(key in target)) throw new Error(`fake-openai: $ref ${ref} points at nothing`);
    target = target[key];
  }
  return target;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asSchema(value: unknown): Schema {
  if (value === true) return {};
  if (!isSchema(value))
    throw new Error(`fake-openai: expected a schema object, got ${JSON.stringify(value)}`);
  return value;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function stringOr(value: unknown, fallback: string | null): string | null {
  return typeof value === 'string' ? value : fallback;
}

function toStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
