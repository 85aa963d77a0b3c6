import type { TFunction } from 'i18next';
import type { ImportRowError } from '../../../../shared/employees/import-types.ts';
import type { Issue } from './raw-table.ts';
import type { RowIssue } from './row-values.ts';

/** One issue in the user's language; a `reasonKey` parameter is itself translated into `reason`. */
export function describeIssue(t: TFunction, issue: Issue): string {
  const params: Record<string, string | number> = { ...issue.params };
  if (typeof params.reasonKey === 'string') params.reason = t(params.reasonKey);
  return t(issue.key, params);
}

/** Row issues as the error report lists them: by line, then column order of discovery. */
export function describeRowIssues(t: TFunction, issues: RowIssue[]): ImportRowError[] {
  return [...issues]
    .sort((a, b) => a.line - b.line)
    .map((i) => ({ line: i.line, column: i.column, message: describeIssue(t, i) }));
}

/** `line L, column C: reason`, the CLI's and the log's form of one row error. */
export function formatRowError(e: ImportRowError): string {
  return `line ${e.line}, column ${e.column}: ${e.message}`;
}
