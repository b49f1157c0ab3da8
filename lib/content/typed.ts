/** The keys of an object literal, typed as its keys rather than as string. */
export function typedKeys<T extends object>(o: T): (keyof T & string)[] {
  return Object.keys(o) as (keyof T & string)[];
}

/** The keys of a non-empty object literal as the tuple z.enum() takes. */
export function enumKeys<T extends object>(o: T): [keyof T & string, ...(keyof T & string)[]] {
  const [first, ...rest] = typedKeys(o);
  if (first === undefined) throw new Error("enumKeys needs at least one key");
  return [first, ...rest];
}
