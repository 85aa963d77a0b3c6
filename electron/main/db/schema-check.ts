import Database from 'better-sqlite3';
import type { TFunction } from 'i18next';
import type { Db } from './connection.ts';
import { tableExists } from './connection.ts';
import { migrations as shippedMigrations } from './migrations/index.ts';
import { applyMigration } from './migrations/index.ts';
import type { Migration } from './migrations/index.ts';

export type SchemaObjectType = 'table' | 'index' | 'trigger' | 'view';

/** One way a database's schema differs from the one Sipena itself creates for that version. */
export interface SchemaDifference {
  change: 'extra' | 'missing' | 'changed';
  type: SchemaObjectType;
  name: string;
  /** For a changed table: the columns only one side has. */
  columns?: { extra: string[]; missing: string[] };
}

interface SchemaObject {
  type: SchemaObjectType;
  name: string;
  sql: string;
  columns: string[];
}

/**
 * SQL text as SQLite keeps it, with whitespace runs folded: the same statement run by
 * the same migration always reads the same, and a single changed word still shows.
 */
function normalise(sql: string): string {
  return sql.replace(/\s+/g, ' ').replace(/\s*([(),])\s*/g, '$1').trim();
}

/**
 * Every schema object except SQLite's own (`sqlite_%`: autoindexes, sqlite_sequence, the
 * statistics ANALYZE writes), keyed by type and name.
 */
function readSchema(db: Db): Map<string, SchemaObject> {
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name")
    .all() as { type: SchemaObjectType; name: string; sql: string | null }[];
  const out = new Map<string, SchemaObject>();
  for (const r of rows) {
    const columns =
      r.type === 'table' || r.type === 'view'
        ? (db.prepare('SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)').all(r.name) as Record<string, unknown>[]).map((c) =>
            JSON.stringify([c.name, c.type, c.notnull, c.dflt_value, c.pk, c.hidden]),
          )
        : [];
    out.set(`${r.type}:${r.name}`, { type: r.type, name: r.name, sql: normalise(r.sql ?? ''), columns });
  }
  return out;
}

// Building a schema runs the migrations on an in-memory database: done once per version.
const expectedCache = new WeakMap<readonly Migration[], Map<number, Map<string, SchemaObject>>>();

/** The schema Sipena's own migrations create up to `version`, built fresh in memory. */
function expectedSchema(version: number, migrations: readonly Migration[]): Map<string, SchemaObject> {
  let byVersion = expectedCache.get(migrations);
  if (!byVersion) expectedCache.set(migrations, (byVersion = new Map()));
  const cached = byVersion.get(version);
  if (cached) return cached;
  const db = new Database(':memory:');
  try {
    db.pragma('foreign_keys = ON');
    for (const m of migrations) {
      if (m.version > version) continue;
      applyMigration(db, m);
    }
    const schema = readSchema(db);
    byVersion.set(version, schema);
    return schema;
  } finally {
    db.close();
  }
}

const columnName = (c: string) => (JSON.parse(c) as [string])[0];

/**
 * Compares a database's whole schema (tables with their columns, indexes, triggers,
 * views) with the one the app creates for the database's own `user_version`. Any
 * difference is named: an extra trigger can rewrite records or raise a role without an
 * audit row, a dropped one removes the protection of the audit log or of issued letters.
 */
export function compareSchema(db: Db, migrations: readonly Migration[] = shippedMigrations): SchemaDifference[] {
  const version = db.pragma('user_version', { simple: true }) as number;
  const expected = expectedSchema(version, migrations);
  const actual = readSchema(db);
  const out: SchemaDifference[] = [];
  for (const [key, want] of expected) {
    const have = actual.get(key);
    if (!have) out.push({ change: 'missing', type: want.type, name: want.name });
    else if (have.sql !== want.sql || have.columns.join('\n') !== want.columns.join('\n')) {
      const diff: SchemaDifference = { change: 'changed', type: want.type, name: want.name };
      if (want.type === 'table' || want.type === 'view') {
        const wanted = new Set(want.columns.map(columnName));
        const had = new Set(have.columns.map(columnName));
        diff.columns = { extra: [...had].filter((c) => !wanted.has(c)), missing: [...wanted].filter((c) => !had.has(c)) };
      }
      out.push(diff);
    }
  }
  for (const [key, have] of actual) if (!expected.has(key)) out.push({ change: 'extra', type: have.type, name: have.name });
  return out;
}

/** One difference in words, e.g. "trigger tambahan: x" / "extra trigger: x". */
export function describeSchemaDifference(d: SchemaDifference, t: TFunction): string {
  const type = t(`integrity.schemaTypes.${d.type}`);
  const cols = d.columns && (d.columns.extra.length > 0 || d.columns.missing.length > 0)
    ? ` (${[
        ...d.columns.extra.map((c) => t('integrity.columnExtra', { column: c })),
        ...d.columns.missing.map((c) => t('integrity.columnMissing', { column: c })),
      ].join(', ')})`
    : '';
  return `${t(`integrity.schema.${d.change}`, { type, name: d.name })}${cols}`;
}

/** The number of rows of a table this build knows, or 0 when the file has no such table. */
export function countRowsIfPresent(db: Db, table: 'cases' | 'employees' | 'audit_log'): number {
  return tableExists(db, table) ? (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n : 0;
}
