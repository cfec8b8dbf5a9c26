// The jskos packages ship JavaScript only; the parts Crosswalk uses.
declare module 'jskos-validate' {
  interface Validator {
    (data: unknown, options?: { unknownFields?: boolean }): boolean;
    errors?: { message: string; position?: { jsonpointer?: string } }[];
  }
  export const validate: Validator & { concordance: Validator; mapping: Validator; concept: Validator; scheme: Validator };
}

declare module 'jskos-tools' {
  const jskosTools: {
    addMappingIdentifiers<T extends object>(mapping: T): Promise<T & { identifier: string[] }>;
  };
  export default jskosTools;
}
