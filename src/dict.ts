// Maps keyed by user data (accounts, contacts, roles, categories, a fitted model's labels) are objects without a
// prototype, so a key such as "__proto__" or "constructor" is an ordinary key; lookups ask for own keys only. No
// imports, so every layer may use it.

/** An object with no prototype, for keys that come from user data. */
export const dict = <V>(): Record<string, V> => Object.create(null) as Record<string, V>;

/** The value under an own key, never one inherited from `Object.prototype`. */
export const own = <V>(values: Readonly<Record<string, V>> | undefined, key: string): V | undefined =>
  values !== undefined && Object.hasOwn(values, key) ? values[key] : undefined;
