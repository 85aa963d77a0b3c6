/**
 * The check-out copies a case's rows table by table and rewrites each foreign key through
 * the ids the laptop gave (FOREIGN in case-copy-queries.ts). A foreign key the schema has but
 * the list lacks would carry an office id into the laptop's database, pointing at an
 * unrelated row there: the list must be exactly the schema's foreign keys, but for the
 * columns that are not copied at all (an employee's import batch).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FOREIGN, NOT_COPIED } from '../../electron/main/checkout/case-copy-queries.ts';
import { tempApp } from '../support/temp-app.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
afterEach(() => app.close());

describe('the check-out copy', () => {
  it('rewrites every foreign key of every copied table that it copies, and only those', async () => {
    app = await tempApp();
    const schema = Object.fromEntries(
      (Object.keys(FOREIGN) as (keyof typeof FOREIGN)[]).map((table) => {
        const fks = app.ctx.db.prepare(`SELECT "from" AS col, "table" AS target FROM pragma_foreign_key_list(?)`).all(table) as { col: string; target: string }[];
        return [table, Object.fromEntries(fks.filter((f) => !NOT_COPIED[table]?.has(f.col)).map((f) => [f.col, f.target]))];
      }),
    );
    expect(schema).toEqual(FOREIGN);
  });
});
