import type { z } from 'zod';
import { serverPathFields, type PathAccess } from '../domain/files.js';

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
};

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/**
 * The fields of `value` that, read through `schema`, name a file on the core's machine (declared
 * with serverPath()): "output.path", "files.0.path". A union counts the option the value parses
 * as, or every option when none does, so an invalid call is never let through on a technicality.
 */
export function serverPathsIn(schema: z.ZodType, value: unknown): string[] {
  return serverPathFieldsIn(schema, value).map((found) => found.field);
}

/** serverPathsIn with what the core does with each path (read only, or write). */
export function serverPathFieldsIn(schema: z.ZodType, value: unknown, at = ''): { field: string; access: PathAccess }[] {
  if (value === undefined || value === null) return [];
  const declared = serverPathFields.get(schema);
  if (declared) return [{ field: at || '(arguments)', access: declared.access }];
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const below = (inner: z.ZodType | undefined, v: unknown, field = at) => (inner ? serverPathFieldsIn(inner, v, field) : []);
  const join = (key: string | number) => (at ? `${at}.${key}` : String(key));
  const distinct = (found: { field: string; access: PathAccess }[]) => [...new Map(found.map((f) => [f.field, f])).values()];
  if (WRAPPERS.has(def.type)) return below(def.innerType, value);
  switch (def.type) {
    case 'pipe':
      return below(def.in, value);
    case 'lazy':
      return below(def.getter?.(), value);
    case 'object':
      if (typeof value !== 'object') return [];
      return Object.entries(def.shape ?? {}).flatMap(([key, field]) =>
        Object.hasOwn(value, key) ? below(field, (value as Record<string, unknown>)[key], join(key)) : [],
      );
    case 'array':
      return Array.isArray(value) ? value.flatMap((item, i) => below(def.element, item, join(i))) : [];
    case 'tuple':
      return Array.isArray(value) ? (def.items ?? []).flatMap((item, i) => below(item, value[i], join(i))) : [];
    case 'record':
      return typeof value === 'object' ? Object.entries(value).flatMap(([key, item]) => below(def.valueType, item, join(key))) : [];
    case 'union': {
      const options = def.options ?? [];
      const chosen = options.find((option) => option.safeParse(value).success);
      return distinct((chosen ? [chosen] : options).flatMap((option) => below(option, value)));
    }
    case 'intersection':
      return distinct([...below(def.left, value), ...below(def.right, value)]);
    default:
      return [];
  }
}
