// Maps keyed by user data (accounts, contacts, roles, categories, a fitted model's labels) are objects without a
// prototype, so a key such as "__proto__" or "constructor" is an ordinary key; lookups ask for own keys only. No
// imports, so every layer may use it.

/** An object with no prototype, for keys that come from user data. */
export const dict = <V>(): Record<string, V> => Object.create(null) as Record<string, V>;

/** The value under an own key, never one inherited from `Object.prototype`. */
export const own = <V>(values: Readonly<Record<string, V>> | undefined, key: string): V | undefined =>
  values !== undefined && Object.hasOwn(values, key) ? values[key] : undefined;

/**
 * The value under an own key of `values`, made by `make` and kept there when it has none: never one inherited (on a
 * plain object, `values.constructor` is `Object`). `__proto__` becomes an own key like any other.
 */
export function ownOrAdd<V>(values: Record<string, V>, key: string, make: () => V): V {
  if (Object.hasOwn(values, key)) return values[key]!;
  const value = make();
  Object.defineProperty(values, key, { value, writable: true, enumerable: true, configurable: true });
  return value;
}
