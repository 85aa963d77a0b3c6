import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../shared/i18n/index.ts';
import { auditActionLabel } from '../../shared/i18n/audit-label.ts';

describe('auditActionLabel', () => {
  const t = createI18n('id').t;
  it('names plain actions from the audit messages', () => {
    expect(auditActionLabel(t, 'case.create')).toBe('Kasus diregistrasi');
    expect(auditActionLabel(t, 'bap.create')).toBe('BAP dicatat');
  });
  it('names workflow steps with the step label the workflow screens use', () => {
    const label = auditActionLabel(t, 'workflow.start_verification');
    expect(label).toBe('Tahap: Mulai telaah');
    expect(label).not.toContain('workflow.');
  });
  it('falls back to the raw action for unknown ones rather than hiding it', () => {
    expect(auditActionLabel(t, 'something.new')).toBe('something.new');
  });

  /** Every audit action the main process writes as a literal (`action: 'x.y'`, also in a ternary). */
  function writtenActions(): string[] {
    const root = resolve(import.meta.dirname, '..', '..', 'electron', 'main');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const found = new Set<string>();
    for (const f of files) {
      for (const line of readFileSync(join(root, f), 'utf8').split('\n')) {
        if (!/\baction: /.test(line)) continue;
        for (const m of line.matchAll(/'([a-z][a-zA-Z]*(?:\.[a-zA-Z_]+)+)'/g)) found.add(m[1]!);
      }
    }
    // Built from a check's name: `${action}Failed` / `${action}Refused` (auth-service.ts).
    for (const check of ['auth.login', 'auth.unlock', 'auth.changePassword']) for (const end of ['Failed', 'Refused']) found.add(check + end);
    return [...found].sort();
  }

  it('names every audit action the app writes, in Indonesian and in English', () => {
    const actions = writtenActions();
    // The scan finds the actions added with pacts and recommendations, not only the old ones.
    expect(actions).toEqual(expect.arrayContaining(['pact.create', 'pact.signers.import', 'recommendation.create', 'recommendation.notFollowed', 'case.create']));
    for (const lang of ['id', 'en'] as const) {
      const tl = createI18n(lang).t;
      expect(actions.filter((a) => auditActionLabel(tl, a) === a), lang).toEqual([]);
    }
    expect(auditActionLabel(t, 'pact.create')).toBe('Pakta integritas dicatat');
    expect(auditActionLabel(createI18n('en').t, 'pact.create')).toBe('Integrity pact recorded');
  });
});
