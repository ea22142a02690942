/**
 * A few combinators that check a value received from the other side of a message channel and
 * give its TypeScript type at the same time, so that each message is declared once. Small on
 * purpose: the webview bundle and the extension's start-up bundle both carry it, and neither
 * should carry a schema library.
 */

export class ProtocolError extends Error {}

/** Checks `value` and returns it typed, or throws a `ProtocolError` naming where it went wrong. */
export interface Validator<T> {
  (value: unknown, where?: string): T;
  /** Set on validators made by `optional`. */
  readonly optional?: true;
}

export type Infer<V> = V extends Validator<infer T> ? T : never;

function fail(where: string, expected: string, value: unknown): never {
  const shown = value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 60) ?? typeof value;
  throw new ProtocolError(`${where || 'the message'}: expected ${expected}, got ${shown}`);
}

export const string: Validator<string> = (value, where = '') => (typeof value === 'string' ? value : fail(where, 'a string', value));

export const boolean: Validator<boolean> = (value, where = '') => (typeof value === 'boolean' ? value : fail(where, 'true or false', value));

export const number: Validator<number> = (value, where = '') =>
  typeof value === 'number' && Number.isFinite(value) ? value : fail(where, 'a number', value);

export const integer: Validator<number> = (value, where = '') =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : fail(where, 'a whole number', value);

export const nullable = <T>(inner: Validator<T>): Validator<T | null> => (value, where = '') => (value === null ? null : inner(value, where));

export function literal<const L extends readonly (string | number | boolean)[]>(...values: L): Validator<L[number]> {
  return (value, where = '') => (values.includes(value as L[number]) ? (value as L[number]) : fail(where, values.map((v) => JSON.stringify(v)).join(' or '), value));
}

export function array<T>(item: Validator<T>, maxLength = 10_000): Validator<T[]> {
  return (value, where = '') => {
    if (!Array.isArray(value) || value.length > maxLength) return fail(where, `a list of at most ${maxLength}`, value);
    return value.map((entry, i) => item(entry, `${where}[${i}]`));
  };
}

export function record<T>(item: Validator<T>): Validator<Record<string, T>> {
  return (value, where = '') => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(where, 'an object', value);
    const out: Record<string, T> = {};
    for (const [key, entry] of Object.entries(value)) out[key] = item(entry, `${where}.${key}`);
    return out;
  };
}

export function optional<T>(inner: Validator<T>): Validator<T | undefined> & { readonly optional: true } {
  const check = ((value: unknown, where = '') => (value === undefined ? undefined : inner(value, where))) as Validator<T | undefined> & { optional: true };
  check.optional = true;
  return check;
}

type Shape = Record<string, Validator<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { readonly optional: true } ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type Flatten<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Flatten<{ [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }>;

/** An object with exactly these fields (others are dropped); optional ones may be missing. */
export function object<S extends Shape>(shape: S): Validator<ObjectOf<S>> {
  return (value, where = '') => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(where, 'an object', value);
    const out: Record<string, unknown> = {};
    for (const [key, check] of Object.entries(shape)) {
      const field = check((value as Record<string, unknown>)[key], where ? `${where}.${key}` : key);
      if (field !== undefined) out[key] = field;
    }
    return out as ObjectOf<S>;
  };
}

type Variants = Record<string, Validator<object>>;
export type UnionOf<K extends string, V extends Variants> = { [T in keyof V]: Flatten<{ [P in K]: T } & Infer<V[T]>> }[keyof V];

/** One of several objects told apart by the string field `key`. */
export function taggedUnion<const K extends string, V extends Variants>(key: K, variants: V): Validator<UnionOf<K, V>> {
  return (value, where = '') => {
    if (typeof value !== 'object' || value === null) return fail(where, 'an object', value);
    const tag = (value as Record<string, unknown>)[key];
    const variant = typeof tag === 'string' && Object.prototype.hasOwnProperty.call(variants, tag) ? variants[tag] : undefined;
    if (!variant) return fail(where ? `${where}.${key}` : key, Object.keys(variants).map((v) => JSON.stringify(v)).join(' or '), tag);
    return { [key]: tag, ...variant(value, where) } as UnionOf<K, V>;
  };
}

/** Checks `value`; never throws. */
export function parse<T>(validator: Validator<T>, value: unknown): { ok: true; value: T } | { ok: false; problem: string } {
  try {
    return { ok: true, value: validator(value) };
  } catch (error) {
    if (error instanceof ProtocolError) return { ok: false, problem: error.message };
    throw error;
  }
}
