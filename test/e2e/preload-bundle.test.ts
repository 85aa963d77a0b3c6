import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channels } from '../../shared/ipc/table.ts';

// Reads the preload as `electron-vite build` wrote it (this project runs after the build).
const built = readFileSync(resolve(import.meta.dirname, '../../out/preload/index.cjs'), 'utf8');

describe('built preload', () => {
  it('carries the channel names only, not the zod schemas of the IPC table', () => {
    for (const c of channels) expect(built, c).toContain(JSON.stringify(c));
    expect(built).not.toMatch(/zod|safeParse/);
    // 100 names are about 2 kB; the whole table with its schemas was over 200 kB.
    expect(built.length).toBeLessThan(10_000);
  });
});
