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
});
