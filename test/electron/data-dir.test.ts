import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../electron/main/data-dir.ts';

const userData = '/home/clerk/.config/Sipena';
const electronArgv = ['/opt/Sipena/sipena', 'out/main/index.js'];

describe('resolveDataDir', () => {
  it('prefers --data DIR, resolved to an absolute path', () => {
    expect(resolveDataDir([...electronArgv, '--data', '/srv/sipena'], { SIPENA_DATA_DIR: '/env/dir' }, userData)).toBe(resolve('/srv/sipena'));
    expect(resolveDataDir([...electronArgv, '--data', 'rel/dir'], {}, userData)).toBe(resolve('rel/dir'));
  });

  it('accepts --data=DIR', () => {
    expect(resolveDataDir([...electronArgv, '--data=/srv/x'], {}, userData)).toBe(resolve('/srv/x'));
  });

  it('falls back to SIPENA_DATA_DIR, then to userData', () => {
    expect(resolveDataDir(electronArgv, { SIPENA_DATA_DIR: '/env/dir' }, userData)).toBe(resolve('/env/dir'));
    expect(resolveDataDir(electronArgv, { SIPENA_DATA_DIR: '   ' }, userData)).toBe(userData);
    expect(resolveDataDir(electronArgv, {}, userData)).toBe(userData);
  });

  it('ignores a dangling or flag-valued --data', () => {
    expect(resolveDataDir([...electronArgv, '--data'], {}, userData)).toBe(userData);
    expect(resolveDataDir([...electronArgv, '--data', '--inspect'], { SIPENA_DATA_DIR: '/env/dir' }, userData)).toBe(resolve('/env/dir'));
    expect(resolveDataDir([...electronArgv, '--data='], {}, userData)).toBe(userData);
  });

  it('does not mistake similar flags for --data', () => {
    expect(resolveDataDir([...electronArgv, '--database', '/x', '--data-x=/y'], {}, userData)).toBe(userData);
  });
});

describe('one data-folder rule for the app, the CLI and the web harness', () => {
  it('gives the same folder for the same flag and environment', async () => {
    const { resolveCliDataDir } = await import('../../electron/cli/cli-paths.ts');
    const { defaultUserDataDir } = await import('../../electron/main/paths.ts');
    const fallback = defaultUserDataDir();
    const cases: { flag?: string; env: Record<string, string> }[] = [
      { flag: '/srv/sipena', env: {} },
      { flag: ' /srv/sipena ', env: {} },
      { flag: '   ', env: { SIPENA_DATA_DIR: '/env/dir' } },
      { env: { SIPENA_DATA_DIR: '  /env/dir  ' } },
      { env: { SIPENA_DATA_DIR: ' ' } },
      { env: {} },
    ];
    for (const c of cases) {
      const argv = c.flag === undefined ? electronArgv : [...electronArgv, `--data=${c.flag}`];
      expect(resolveDataDir(argv, c.env, fallback), JSON.stringify(c)).toBe(resolveCliDataDir(c.flag, c.env));
    }
    expect(resolveCliDataDir(' /srv/sipena ', {})).toBe(resolve('/srv/sipena'));
    expect(resolveCliDataDir(undefined, { SIPENA_DATA_DIR: '  /env/dir  ' })).toBe(resolve('/env/dir'));
  });
});
