import * as v from 'valibot';

/** One page of a list; pass `nextCursor` back as `cursor` for the next page, null at the end. */
export function PageSchema<T extends v.GenericSchema>(item: T) {
  return v.object({ items: v.array(item), nextCursor: v.nullable(v.string()) });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const maxPageSize = 100;
