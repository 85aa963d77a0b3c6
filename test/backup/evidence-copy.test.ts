import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyEvidence } from '../../electron/main/backup/evidence-copy.ts';
import { tempDir } from '../support/temp-app.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const mode = (file: string) => statSync(file).mode & 0o777;

describe('copyEvidence', () => {
  it.skipIf(process.platform === 'win32')('leaves copied evidence read-only and replaces a damaged read-only file with the right content', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const from = join(t.dir, 'usb', 'evidence');
    const to = join(t.dir, 'data', 'evidence');
    mkdirSync(from, { recursive: true });
    mkdirSync(to, { recursive: true });
    const entries = ['foto spanduk', 'rekaman video'].map((c) => {
      writeFileSync(join(from, sha(c)), c);
      return { sha256: sha(c), size: c.length, names: [] };
    });
    // A damaged copy already in the store, read-only like every stored file.
    const damaged = join(to, entries[1]!.sha256);
    writeFileSync(damaged, 'rusak');
    chmodSync(damaged, 0o444);
    const r = await copyEvidence(from, to, entries);
    expect(r).toMatchObject({ copied: 2, skipped: 0, problems: [] });
    for (const e of entries) expect(mode(join(to, e.sha256))).toBe(0o444);
    expect(readFileSync(damaged, 'utf8')).toBe('rekaman video');
  });
});
