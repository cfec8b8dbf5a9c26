import fs from 'node:fs';
import path from 'node:path';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { projectRoot } from '../support/shared-data.js';

interface BuilderConfig {
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  npmRebuild: boolean;
  linux: { target: string[] };
  win: { target: string };
  mac: { target: string };
}

const config = YAML.parse(fs.readFileSync(path.join(projectRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

/** electron-builder's `files` semantics: patterns in order, `!` removes what earlier ones added. */
function packaged(file: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    if (pattern.startsWith('!')) {
      if (minimatch(file, pattern.slice(1), { dot: true })) included = false;
    } else if (minimatch(file, pattern, { dot: true })) included = true;
  }
  return included;
}

function repoFiles(dir = projectRoot, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (['node_modules', '.git', 'release', 'test-results', 'playwright-report'].includes(entry.name)) return [];
    const relative = prefix + entry.name;
    return entry.isDirectory() ? repoFiles(path.join(dir, entry.name), `${relative}/`) : [relative];
  });
}

describe('electron-builder configuration', () => {
  it('targets AppImage and deb, nsis and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    expect(config.npmRebuild).toBe(false);
  });

  it('packages what the app needs', () => {
    for (const needed of [
      'package.json',
      pkg.main,
      'dist/preload/preload.cjs',
      'dist/renderer/index.html',
      'dist/workers/selftest.js',
      'native/electron/better_sqlite3.node',
      'data/mapping-relations.json',
    ]) {
      expect(packaged(needed), needed).toBe(true);
    }
    expect(pkg.main).toBe('dist/main/main.cjs');
  });

  it('leaves out tests, sources and source maps', () => {
    const built = repoFiles().filter(packaged);
    expect(built.length).toBeGreaterThan(0);
    const leaked = built.filter(
      (f) => /^(tests|electron|renderer|shared)\//.test(f) || /\.(ts|tsx|map)$/.test(f) || /\.(test|spec)\./.test(f),
    );
    expect(leaked).toEqual([]);
  });

  it('packs the app into an asar archive and unpacks workers, native and WASM modules beside it', () => {
    expect(config.asar).toBe(true);
    const unpacked = (file: string) => config.asarUnpack.some((pattern) => minimatch(file, pattern, { dot: true }));
    for (const file of [
      'dist/workers/selftest.js',
      'dist/workers/source-stage.js',
      'native/electron/better_sqlite3.node',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/oxigraph/node_bg.wasm',
    ]) {
      expect(unpacked(file), file).toBe(true);
    }
    // What the integrity check protects stays inside the archive.
    for (const file of [pkg.main, 'dist/preload/preload.cjs', 'dist/renderer/index.html', 'package.json'])
      expect(unpacked(file), file).toBe(false);
    // A worker imports its packages from the unpacked folder, so each package it imports is there too.
    const workersDir = path.join(projectRoot, 'dist', 'workers');
    const workerImports = fs.existsSync(workersDir)
      ? fs
          .readdirSync(workersDir)
          .filter((f) => f.endsWith('.js'))
          .flatMap((f) =>
            [...fs.readFileSync(path.join(workersDir, f), 'utf8').matchAll(/from\s*["']([^"'./][^"']*)["']/g)].map((m) => m[1]!),
          )
      : [];
    for (const specifier of workerImports.filter((s) => !s.startsWith('node:'))) {
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
      expect(unpacked(`node_modules/${name}/package.json`), name).toBe(true);
    }
    // The main process starts workers and loads the native binding from the unpacked copies.
    expect(fs.readFileSync(path.join(projectRoot, 'electron/main/main.ts'), 'utf8')).toMatch(/workersDir: unpackedPath\(/);
    expect(fs.readFileSync(path.join(projectRoot, 'electron/main/native-binding.ts'), 'utf8')).toMatch(
      /unpackedPath\(path\.join\(appPath, 'native'/,
    );
  });

  it('flips the Electron fuses: no Node mode, no NODE_OPTIONS or inspector, encrypted cookies, app only from its checked archive', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('runtime dependencies', () => {
  it('lists every package the main process, workers, server and CLI import as a dependency', () => {
    const sources = repoFiles()
      .filter((f) => /^(electron\/(core|main|server|cli)|shared)\/.*\.ts$/.test(f) && !/\.test\.ts$/.test(f))
      .map((f) => fs.readFileSync(path.join(projectRoot, f), 'utf8'));
    const imported = new Set<string>();
    for (const source of sources) {
      for (const match of source.matchAll(
        /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"./][^'"]*)['"]|import\(\s*['"]([^'"./][^'"]*)['"]\s*\)/gm,
      )) {
        const specifier = match[1] ?? match[2]!;
        if (specifier.startsWith('node:') || specifier === 'electron') continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        imported.add(name);
      }
    }
    // electron-builder packs installed optional dependencies too (onnxruntime-node, loaded only when a model is set).
    const declaredPackages = { ...pkg.optionalDependencies, ...pkg.dependencies };
    const missing = [...imported].filter((name) => !(name in declaredPackages));
    expect(missing, 'move these to "dependencies" so the packaged app has them').toEqual([]);
  });
});
