import { describe, expect, it } from 'vitest';
import { runCli, runCliHere, scratchDirs } from '../support/run-cli.ts';

// In this process (runCliHere); the refusal also goes through a real Node process (runCli)
// to show its exit code and single stderr line there.
const cli = (...args: string[]) => runCliHere(args);
const dir = scratchDirs();

describe('CLI demo and cases list', () => {
  it('builds demo data, lists cases one per line starting with the register number, and finds them by text', async () => {
    const d = dir();
    const demo = await cli('demo', '--cases', '300', '--seed', '5', '--data', d);
    expect(demo.code).toBe(0);
    expect(demo.out).toMatch(/demo data ready in .*: 40 OPDs, 300 employees, 300 cases/);
    const list = await cli('cases', 'list', '--limit', '7', '--data', d);
    expect(list.code).toBe(0);
    const lines = list.out.split('\n');
    expect(lines).toHaveLength(7);
    for (const line of lines) expect(line).toMatch(/^REG\/\d{4}\/INSP\/20(23|24)\t/);
    expect(list.err).toBe('7 of 300 cases');
    const name = lines[0]!.split('\t')[3]!.split(',')[0]!.split(' ')[0]!;
    const found = await cli('cases', 'list', '--search', name.toUpperCase(), '--data', d);
    expect(found.code).toBe(0);
    expect(found.out.split('\n').every((l) => l.toLowerCase().includes(name.toLowerCase()) || /^REG\//.test(l))).toBe(true);
    expect(found.out).toContain(lines[0]!.split('\t')[0]);
    expect((await cli('verify', '--data', d)).code).toBe(0);
  });

  it('refuses demo data in a folder with cases, and bad arguments, in one line', async () => {
    const d = dir();
    expect((await cli('demo', '--cases', '20', '--data', d)).code).toBe(0);
    const again = await cli('demo', '--cases', '20', '--data', d);
    expect(again).toMatchObject({ code: 1, err: expect.stringContaining('already holds 20 cases') });
    expect(runCli(['demo', '--cases', '20', '--data', d])).toEqual({ code: 1, out: '', err: again.err });
    expect(await cli('demo', '--data', d)).toMatchObject({ code: 1, err: expect.stringContaining('--cases N') });
    expect(await cli('cases', 'list', '--limit', 'x', '--data', d)).toMatchObject({ code: 1, err: expect.stringContaining('--limit') });
    expect(await cli('cases', 'frob', '--data', d)).toMatchObject({ code: 1, err: expect.stringContaining('cases list') });
    expect(await cli('cases', 'list', '--data', dir())).toMatchObject({ code: 1, err: expect.stringContaining('init') });
  });
});
