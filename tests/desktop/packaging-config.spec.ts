/**
 * electron-builder.yml, the installers' configuration, checked without building an installer
 * (which needs Electron's binary): it must pass electron-builder's own schema, keep every security
 * setting (fuses, asar with integrity, a per-user Windows install, a hardened and notarisable macOS
 * build), and package nothing but out/ and the main process's run-time dependencies. The last is
 * also checked by packing a stand-in project with electron-builder itself.
 */
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'electron-builder';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { REPOSITORY_ROOT } from '../../src/node/repository-paths';

const CONFIG_FILE = join(REPOSITORY_ROOT, 'electron-builder.yml');
const readConfig = () => parse(readFileSync(CONFIG_FILE, 'utf8')) as Configuration;
const packageJson = JSON.parse(readFileSync(join(REPOSITORY_ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  scripts: Record<string, string>;
};

/** The fuses the packaged Electron must have flipped, and to which side. */
const REQUIRED_FUSES = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
} as const;

type Target = string | { target: string };
const targetNames = (targets: unknown): string[] =>
  ([] as Target[]).concat((targets ?? []) as Target[]).map((t) => (typeof t === 'string' ? t : t.target));

/** What is wrong with a packaging configuration, in words; empty when nothing is. */
function packagingProblems(config: Configuration): string[] {
  const problems: string[] = [];
  for (const [fuse, value] of Object.entries(REQUIRED_FUSES)) {
    const actual = (config.electronFuses as Record<string, unknown> | null | undefined)?.[fuse];
    if (actual !== value) problems.push(`fuse ${fuse} must be ${value}, is ${String(actual)}`);
  }
  if (config.asar !== true) problems.push('the app must be packed as one asar');
  if (config.disableAsarIntegrity === true) problems.push('the asar integrity hash must be embedded');
  const files = ([] as unknown[]).concat(config.files ?? []);
  if (files.length === 0) problems.push('files must list what is packaged (the default is everything)');
  for (const pattern of files)
    if (typeof pattern !== 'string' || !/^!?out\/|^package\.json$/.test(pattern))
      problems.push(`only out/ and package.json may be packaged, not ${JSON.stringify(pattern)}`);
  if (config.publish !== null) problems.push('no update feed may be published (the app has no auto-updater)');

  if (config.nsis?.perMachine !== false) problems.push('the Windows installer must install per user');
  if (config.nsis?.oneClick !== true)
    problems.push('the per-user Windows installer must not offer an all-users install');
  if (config.nsis?.deleteAppDataOnUninstall !== false) problems.push('uninstalling must keep the user’s data');
  if (!targetNames(config.win?.target).includes('nsis')) problems.push('Windows builds an NSIS installer');

  const linux = targetNames(config.linux?.target);
  for (const target of ['AppImage', 'deb']) if (!linux.includes(target)) problems.push(`Linux builds ${target}`);

  const mac = config.mac;
  if (!targetNames(mac?.target).includes('dmg')) problems.push('macOS builds a dmg');
  if (mac?.hardenedRuntime !== true) problems.push('macOS builds use the hardened runtime');
  if (mac?.notarize !== true) problems.push('macOS notarisation must be on (it runs when Apple credentials are set)');
  if (mac?.identity !== undefined) problems.push('the signing identity comes from the environment, not the file');
  for (const key of ['entitlements', 'entitlementsInherit'] as const) {
    const file = mac?.[key];
    if (!file || !existsSync(join(REPOSITORY_ROOT, file))) problems.push(`mac.${key} must name an existing file`);
  }
  return problems;
}

/** Every file in an asar archive (its header is a JSON tree after a 16-byte pickle prefix). */
function asarFiles(archive: string): string[] {
  const bytes = readFileSync(archive);
  const header = JSON.parse(bytes.toString('utf8', 16, 16 + bytes.readUInt32LE(12))) as AsarDirectory;
  const walk = (dir: AsarDirectory, prefix: string): string[] =>
    Object.entries(dir.files).flatMap(([name, entry]) =>
      'files' in entry ? walk(entry, `${prefix}${name}/`) : [`${prefix}${name}`],
    );
  return walk(header, '');
}
interface AsarDirectory {
  files: Record<string, AsarDirectory | { size: number }>;
}

/**
 * The npm packages the main process loads at run time: bare imports reachable from
 * src/main/index.ts through its relative imports, leaving out type-only imports, Electron and Node's
 * built-ins (the preload and renderer are bundled whole).
 */
function mainRuntimePackages(): string[] {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/^(?:import|export)\s+(?!type\b)[^'";]*?from\s*['"]([^'"]+)['"]/gm)) {
      if (specifier!.startsWith('.')) {
        const base = resolve(dirname(file), specifier!);
        visit([`${base}.ts`, join(base, 'index.ts')].find((f) => existsSync(f)) ?? `${base}.ts`);
      } else if (!builtins.has(specifier!) && specifier !== 'electron') {
        packages.add(
          specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!,
        );
      }
    }
  };
  visit(join(REPOSITORY_ROOT, 'src/main/index.ts'));
  return [...packages].sort();
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema, which rejects a misspelt option', async () => {
    const logger = { isEnabled: false, add: () => {} } as unknown as Parameters<typeof validateConfiguration>[1];
    await expect(validateConfiguration(readConfig(), logger)).resolves.toBeUndefined();
    const misspelt = { ...readConfig(), nsis: { ...readConfig().nsis, perMachin: false } } as Configuration;
    await expect(validateConfiguration(misspelt, logger)).rejects.toThrow('configuration.nsis');
  });

  it('keeps every security and installation setting', () => {
    expect(packagingProblems(readConfig())).toEqual([]);
  });

  it('fails when any fuse, asar integrity or installer setting goes missing', () => {
    // The parsed file, edited as plain data (electron-builder's types are read-only).
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, any shape
    type EditableConfig = Record<string, any>;
    const without = (change: (config: EditableConfig) => void): string[] => {
      const config = readConfig() as EditableConfig;
      change(config);
      return packagingProblems(config as Configuration);
    };
    for (const fuse of Object.keys(REQUIRED_FUSES)) {
      expect(without((c) => delete c['electronFuses'][fuse])).toEqual([expect.stringContaining(`fuse ${fuse}`)]);
    }
    expect(without((c) => (c['disableAsarIntegrity'] = true))).toEqual(['the asar integrity hash must be embedded']);
    expect(without((c) => (c['asar'] = false))).toEqual(['the app must be packed as one asar']);
    expect(without((c) => (c['files'] = ['**/*']))).toEqual([expect.stringContaining('only out/ and package.json')]);
    expect(without((c) => (c['nsis'].perMachine = true))).toEqual(['the Windows installer must install per user']);
    expect(without((c) => (c['linux'].target = ['AppImage']))).toEqual(['Linux builds deb']);
    expect(without((c) => (c['mac'].hardenedRuntime = false))).toEqual(['macOS builds use the hardened runtime']);
    expect(without((c) => delete c['mac'].notarize)).toEqual([expect.stringContaining('notarisation')]);
    expect(without((c) => (c['publish'] = { provider: 'github' }))).toEqual([expect.stringContaining('auto-updater')]);
  });

  it('gives macOS’s hardened runtime only the JIT V8 needs', () => {
    const plist = readFileSync(join(REPOSITORY_ROOT, readConfig().mac!.entitlements!), 'utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1])).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('names icons that exist', () => {
    const config = readConfig();
    const resources = join(REPOSITORY_ROOT, config.directories!.buildResources!);
    for (const icon of [config.linux!.icon!, config.win!.icon!, config.mac!.icon!])
      expect(existsSync(join(resources, icon)), icon).toBe(true);
  });

  it('ships as dependencies exactly what the main process loads at run time', () => {
    expect(mainRuntimePackages()).toEqual(['zod']);
    expect(Object.keys(packageJson.dependencies)).toEqual(mainRuntimePackages());
  });

  it('has no auto-updater and no crash reporter', () => {
    const sources = spawnSync('git', ['grep', '-l', '-E', 'autoUpdater|crashReporter|electron-updater', '--', 'src'], {
      cwd: REPOSITORY_ROOT,
      encoding: 'utf8',
    });
    expect(sources.stdout.trim()).toBe('');
  });

  // electron-builder edits a Windows .exe and needs a whole Electron.app on macOS: an empty
  // stand-in binary only passes for Linux, where the `dir` target just copies it.
  const packsHere = process.platform === 'linux';
  if (!packsHere)
    console.log('[packaging] the stand-in pack runs on Linux only: electron-builder edits the binary elsewhere');
  it.skipIf(!packsHere)(
    'packs only out/ (without source maps), package.json and the run-time dependencies',
    () => {
      // A stand-in project: built files, and the kinds of file that must stay out.
      const project = mkdtempSync(join(tmpdir(), 'stride-atlas-pack-'));
      const files = {
        'out/main/index.js': 'main',
        'out/main/index.js.map': '{}',
        'out/preload/index.cjs': 'preload',
        'out/renderer/index.html': '<!doctype html>',
        'src/main/index.ts': 'source',
        'data/meta.yaml': 'version: 1.0.0',
        'e2e/app.spec.ts': 'test',
        'README.md': 'readme',
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(project, path)), { recursive: true });
        writeFileSync(join(project, path), text);
      }
      writeFileSync(join(project, 'package.json'), readFileSync(join(REPOSITORY_ROOT, 'package.json')));
      symlinkSync(join(REPOSITORY_ROOT, 'node_modules'), join(project, 'node_modules'));
      // Electron's own program is not needed to see what goes into app.asar: a stand-in file,
      // and no fuses to flip in it.
      const electron = join(project, 'stand-in-electron');
      mkdirSync(electron);
      writeFileSync(join(electron, 'electron'), '');
      chmodSync(join(electron, 'electron'), 0o755);
      const { electronFuses: _fuses, ...config } = readConfig();
      const electronVersion = JSON.parse(
        readFileSync(join(REPOSITORY_ROOT, 'node_modules/electron/package.json'), 'utf8'),
      ) as { version: string };
      writeFileSync(
        join(project, 'pack.yml'),
        stringify({ ...config, electronDist: electron, electronVersion: electronVersion.version }),
      );

      const run = spawnSync(
        process.execPath,
        [
          join(REPOSITORY_ROOT, 'node_modules/electron-builder/cli.js'),
          '--dir',
          '--config',
          'pack.yml',
          '--publish',
          'never',
        ],
        { cwd: project, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } },
      );
      expect(run.status, run.stdout + run.stderr).toBe(0);
      const packed = asarFiles(join(project, 'release', 'linux-unpacked', 'resources', 'app.asar'));
      const outside = packed.filter((f) => !f.startsWith('node_modules/zod/'));
      expect(outside.sort()).toEqual([
        'out/main/index.js',
        'out/preload/index.cjs',
        'out/renderer/index.html',
        'package.json',
      ]);
      expect(packed).toContain('node_modules/zod/package.json');
    },
    180_000,
  );
});
