import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FileRefSchema, OutputRefSchema, serverPath, serverPathFields } from '../domain/files.js';
import { contract } from './index.js';
import { serverPathFieldsIn, serverPathsIn } from './server-paths.js';

/** Every string field of a schema, with its dotted name (array items as "0"), through unions and wrappers. */
function stringFields(schema: z.ZodType, at = ''): { at: string; schema: z.ZodType }[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const join = (key: string) => (at ? `${at}.${key}` : key);
  switch (def.type) {
    case 'string':
      return [{ at, schema }];
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, field]) => stringFields(field, join(key)));
    case 'array':
      return stringFields(def.element as z.ZodType, join('0'));
    case 'union':
      return (def.options as z.ZodType[]).flatMap((option) => stringFields(option, at));
    case 'intersection':
      return [...stringFields(def.left as z.ZodType, at), ...stringFields(def.right as z.ZodType, at)];
    case 'pipe':
      return stringFields(def.in as z.ZodType, at);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return stringFields(def.innerType as z.ZodType, at);
    default:
      return [];
  }
}

describe('server paths in the contract', () => {
  it('finds the path fields a call carries, through unions, arrays and optional fields', () => {
    expect(serverPathsIn(FileRefSchema, { path: '/etc/passwd' })).toEqual(['path']);
    expect(serverPathsIn(FileRefSchema, { uploadId: 'u1' })).toEqual([]);
    expect(serverPathsIn(z.object({ files: z.array(FileRefSchema) }), { files: [{ uploadId: 'u' }, { path: '/x' }] })).toEqual([
      'files.1.path',
    ]);
    expect(serverPathsIn(z.object({ output: OutputRefSchema }), { output: { path: '/x', download: true, name: 'n' } })).toEqual([
      'output.path',
    ]);
    expect(serverPathsIn(contract.projects.create.args, { title: 't', path: '../x' })).toEqual(['path']);
    expect(serverPathsIn(contract.projects.create.args, { title: 't' })).toEqual([]);
    expect(serverPathsIn(contract.projects.open.args, { name: 'plan.crosswalk' })).toEqual([]);
    // A model folder by name lies inside the data folder; a path names the server's machine.
    expect(serverPathsIn(contract.app.settingsUpdate.args, { embeddingModelFolder: 'multilingual-e5-small' })).toEqual([]);
    expect(serverPathsIn(contract.app.settingsUpdate.args, { embeddingModelFolder: '' })).toEqual([]);
    expect(serverPathsIn(contract.app.settingsUpdate.args, { embeddingModelFolder: '/home/me/e5' })).toEqual(['embeddingModelFolder']);
    expect(serverPathsIn(contract.app.settingsUpdate.args, { embeddingModelFolder: '..' })).toEqual(['embeddingModelFolder']);
    expect(serverPathsIn(contract.projects.saveAs.args, { path: '/tmp/x.crosswalk', overwrite: true })).toEqual(['path']);
  });

  it('tells fields the core only reads from fields it writes to', () => {
    expect(
      serverPathFieldsIn(z.object({ input: FileRefSchema, output: OutputRefSchema }), { input: { path: '/a' }, output: { path: '/b' } }),
    ).toEqual([
      { field: 'input.path', access: 'read' },
      { field: 'output.path', access: 'write' },
    ]);
    expect(serverPathFieldsIn(contract.projects.open.args, { path: '/p.crosswalk' })).toEqual([{ field: 'path', access: 'write' }]);
  });

  it('counts every option of a union when the value parses as none, so a malformed call is not let through', () => {
    // Both keys and a wrong type: no option parses; the path is still seen.
    expect(serverPathsIn(contract.projects.open.args, { path: '/etc/passwd', name: 7 })).toEqual(['path']);
    expect(serverPathsIn(serverPath().optional(), '/x')).toEqual(['(arguments)']);
  });

  it('declares every field of the contract that names a file on the machine with serverPath()', () => {
    const pathLike = /(^|\.)(path|file|dir|directory|folder|out|base|mine|theirs|destination|source)$|(Path|File|Dir|Folder)$/;
    const undeclared: string[] = [];
    const declared: string[] = [];
    for (const [domain, methods] of Object.entries(contract)) {
      for (const [name, method] of Object.entries(methods)) {
        for (const field of stringFields(method.args as z.ZodType)) {
          if (serverPathFields.has(field.schema)) declared.push(`${domain}-${name} ${field.at}`);
          else if (pathLike.test(field.at)) undeclared.push(`${domain}-${name} ${field.at}`);
        }
      }
    }
    // A key into the recent-projects list: removing it touches no file.
    // The model folder's other option is a name inside the data folder's models/ (its path option is declared).
    const notPaths = new Set(['projects-forgetRecent path', 'app-settingsUpdate embeddingModelFolder']);
    expect(undeclared.filter((f) => !notPaths.has(f))).toEqual([]);
    expect(declared).toEqual(
      expect.arrayContaining([
        'projects-create path',
        'projects-open path',
        'projects-saveAs path',
        'sources-importPreview file.path',
        'export-export output.path',
        'app-settingsUpdate embeddingModelFolder',
      ]),
    );
  });
});
