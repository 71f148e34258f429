import { describe, expect, test } from 'vitest';
import { dict, own, ownOrAdd } from './dict.js';

describe('keys from user data', () => {
  test('own never reads what every object inherits', () => {
    expect(own({ a: 1 }, 'constructor')).toBeUndefined();
    expect(own({ a: 1 }, 'a')).toBe(1);
    expect(own(undefined, 'a')).toBeUndefined();
  });

  test('ownOrAdd makes a value for "constructor" and "__proto__" as for any key, on a plain object too', () => {
    const plain: Record<string, number[]> = {};
    for (const key of ['constructor', '__proto__', 'anger']) {
      ownOrAdd(plain, key, () => []).push(1);
      ownOrAdd(plain, key, () => []).push(2);
    }
    expect(Object.keys(plain)).toEqual(['constructor', '__proto__', 'anger']);
    expect(Object.values(plain)).toEqual([
      [1, 2],
      [1, 2],
      [1, 2],
    ]);
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
    const keyed = dict<number[]>();
    ownOrAdd(keyed, '__proto__', () => [3]);
    expect(Object.getPrototypeOf(keyed)).toBeNull();
    expect(own(keyed, '__proto__')).toEqual([3]);
  });
});
