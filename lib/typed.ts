/** The keys of an object literal, typed as its keys rather than as string. */
export function typedKeys<T extends object>(o: T): (keyof T & string)[] {
  return Object.keys(o) as (keyof T & string)[];
}
