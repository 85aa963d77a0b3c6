import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Configuration, TargetConfiguration } from 'electron-builder';

const root = join(import.meta.dirname, '..', '..');
// js-yaml is electron-builder's own YAML parser (no @types installed), loaded untyped.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration;

function targets(list: unknown): { target: string; arch: string[] }[] {
  return (list as TargetConfiguration[]).map((t) => ({ target: t.target, arch: [t.arch ?? []].flat().map(String) }));
}

function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('identifies the app', () => {
    expect(config.appId).toBe('id.go.inspektorat.sipena');
    expect(config.productName).toBe('Sipena');
    expect(config.directories?.output).toBe('dist');
    expect(config.publish).toBeNull();
  });

  it('packs only the build output, in asar, with better-sqlite3 unpacked and not rebuilt', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json']));
    for (const pattern of config.files as string[]) expect(pattern, pattern).not.toMatch(/^(electron|renderer|shared|test|src)\//);
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**']);
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toEqual([{ from: 'resources', to: 'resources', filter: ['**/*'] }]);
  });

  it('flips every hardening fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds nsis + portable for Windows x64 and AppImage + deb for Linux', () => {
    expect(targets(config.win?.target)).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(targets(config.linux?.target)).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^>\s]+>$/);
    // Legal records must survive an uninstall.
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('points at icons that exist in the sizes the installers need', () => {
    expect(config.linux?.icon).toBe('resources/icons/icon.png');
    expect(pngSize(join(root, 'resources/icons/icon.png'))).toEqual({ width: 512, height: 512 });
    expect(config.win?.icon).toBe('resources/icons/icon.ico');
    const ico = readFileSync(join(root, 'resources/icons/icon.ico'));
    expect(ico.readUInt16LE(2)).toBe(1); // type 1 = icon
    const count = ico.readUInt16LE(4);
    // Width byte 0 means 256 px, which Windows and NSIS require for crisp shortcuts.
    const widths = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(widths).toContain(256);
    expect(widths).toContain(16);
  });

  it("passes electron-builder's own loader and schema validation", async () => {
    const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = await import('builder-util');
    const loaded = await getConfig(root, null, null);
    await expect(validateConfiguration(loaded, new DebugLogger(false))).resolves.toBeUndefined();
    expect(loaded.electronFuses?.onlyLoadAppFromAsar).toBe(true);
  });
});
