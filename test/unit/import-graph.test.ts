/**
 * The import graph of the app's code has no circles: a module can be read (and tested)
 * after the modules it imports, never in a ring with them. Type-only imports count too:
 * a reader follows them the same way. Lazy `import()` of screens does not (it is how the
 * shell loads a screen on demand, not a dependency of the module).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const ROOTS = ['electron', 'shared', 'renderer/src'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Static imports and re-exports (`import ... from`, `export ... from`, `import '...'`) of relative modules. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'/gms)].map((m) => m[1] ?? m[2]!);
  return specs.filter((s) => /\.tsx?$/.test(s)).map((s) => resolve(dirname(file), s));
}

/** The strongly connected components with more than one module (Tarjan): each is a circle. */
function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const ring: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        ring.push(relative(root, w));
      } while (w !== v);
      if (ring.length > 1) out.push(ring.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

describe('import graph', () => {
  it('has no circles in electron/, shared/ and renderer/src/', () => {
    const files = ROOTS.flatMap((r) => sourceFiles(join(root, r)));
    const graph = new Map(files.map((f) => [f, importsOf(f)]));
    expect(graph.size).toBeGreaterThan(300);
    expect(circles(graph)).toEqual([]);
  });

  it('finds a circle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/c.ts']],
      ['/c.ts', ['/a.ts']],
      ['/d.ts', ['/a.ts']],
    ]);
    expect(circles(graph).map((c) => c.length)).toEqual([3]);
  });
});
