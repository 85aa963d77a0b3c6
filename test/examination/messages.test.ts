import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../shared/i18n/index.ts';
import { WORKFLOW_ACTIONS, WORKFLOW_STATES } from '../../shared/workflow/states.ts';

const root = resolve(import.meta.dirname, '..', '..');
const dirs = ['shared/examination', 'shared/workflow', 'electron/main/examination', 'electron/main/hearings', 'renderer/src/features/examination', 'renderer/src/features/hearings'];
const KEY = /'((?:workflow|team|staff|room|schedule|attendance|bap|lhp|decision|examination|pybm)\.[A-Za-z_]+)'/g;

/** Every i18n key literally written in the examination and hearing sources. */
function usedKeys(): string[] {
  const keys = new Set<string>();
  for (const d of dirs) {
    for (const f of readdirSync(join(root, d))) {
      const text = readFileSync(join(root, d, f), 'utf8');
      for (const m of text.matchAll(KEY)) {
        // Audit action names (action: 'bap.create', 'bap.update') look like keys but are not.
        if (!text.slice(Math.max(0, m.index - 40), m.index).includes('action:')) keys.add(m[1]!);
      }
    }
  }
  return [...keys].sort();
}

describe('examination messages', () => {
  const keys = usedKeys();
  it('finds the keys it checks', () => {
    expect(keys.length).toBeGreaterThan(80);
  });
  for (const lang of ['id', 'en'] as const) {
    it(`every key used in code, state and step has a ${lang} text`, () => {
      const i18n = createI18n(lang);
      const all = [...keys, ...WORKFLOW_STATES.map((s) => `workflowStates.${s}`), ...WORKFLOW_ACTIONS.map((a) => `workflowActions.${a}`)];
      expect(all.filter((k) => !i18n.exists(k))).toEqual([]);
    });
  }
});
