import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { ExportMenu } from '../../app/ExportMenu.tsx';
import { showDate } from '../../app/format.ts';
import { href, navigate } from '../../app/use-hash-route.ts';
import { useCan } from '../../app/session.ts';
import type { CaseSummary } from '../../../../shared/cases/schemas.ts';
import { CaseFilters } from './CaseFilters.tsx';
import { CASE_PAGE, casePageRequest, noFilters, toListQuery } from './list-query.ts';
import type { CaseFilterValues } from './list-query.ts';
import { useCaseOptions } from './use-case-options.ts';
import { useLiveReload } from '../../app/use-changes.tsx';
import { statusLabel } from './status-label.ts';
import { errorText } from '../../../../shared/error-text.ts';
import { violationNames, violationTitles } from './violation-names.ts';

const ROW_HEIGHT = 40;
const COLUMNS = '190px 1.4fr 1fr 120px 170px';
const SEARCH_PAUSE_MS = 120;

/**
 * The case list: filtered, sorted and counted in SQL by the main process; only the rows
 * in view are rendered and fetched (pages of 100), so 100,000 cases scroll smoothly.
 */
export function CaseListPage() {
  const { t, i18n } = useTranslation();
  const allowed = useCan();
  const options = useCaseOptions();
  const names = useMemo(() => violationNames(options, i18n.language), [options, i18n.language]);
  const [filters, setFilters] = useState<CaseFilterValues>(noFilters);
  // Only typing waits (for a pause of SEARCH_PAUSE_MS); a status, OPD, date or sort choice
  // is one deliberate act and is answered at once.
  const [search] = useDebouncedValue(filters.search, SEARCH_PAUSE_MS);
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<Map<number, CaseSummary[]>>(new Map());
  const [error, setError] = useState<string | null>(null);
  // The query whose rows are on screen: `data-state` says whether they answer the current one.
  const [shownQuery, setShownQuery] = useState<string | null>(null);
  const generation = useRef(0);
  const loading = useRef(new Set<number>());
  // Pages whose request failed while in view: asked again once they have left the view and come
  // back (or after a reload), never in a loop while the error shows.
  const refused = useRef(new Set<number>());
  const scroller = useRef<HTMLDivElement>(null);

  const query = JSON.stringify(toListQuery({ ...filters, search }));
  // The live view: a case registered or changed by anyone reloads the list where it stands.
  const [liveTick, setLiveTick] = useState(0);
  const shownQueryRef = useRef<string | null>(null);
  useLiveReload(['case'], () => setLiveTick((n) => n + 1));
  useEffect(() => {
    const gen = ++generation.current;
    const sameQuery = shownQueryRef.current === query;
    loading.current = new Set([0]);
    refused.current = new Set();
    call('cases:list', casePageRequest(JSON.parse(query), 0))
      .then((d) => {
        if (gen !== generation.current) return;
        setTotal(d.total);
        setPages(new Map([[0, d.rows]]));
        setShownQuery(query);
        shownQueryRef.current = query;
        setError(null);
        if (!sameQuery) scroller.current?.scrollTo({ top: 0 });
      })
      .catch((e: unknown) => gen === generation.current && setError(errorText(e)));
  }, [query, liveTick]);

  // eslint-disable-next-line react-hooks/incompatible-library -- used as TanStack documents it; this component is not memoised
  const virtualizer = useVirtualizer({ count: total ?? 0, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const items = virtualizer.getVirtualItems();

  // Fetch the pages the visible rows fall into. `pages` is a dependency too: a reload replaces
  // it, and a page whose answer that reload dropped (it was still on its way) is asked again
  // even though the rows in view, and so `wanted`, are the same as before.
  const inView = [...new Set(items.map((i) => Math.floor(i.index / CASE_PAGE)))];
  const shown = inView.join(',');
  const wanted = inView.filter((p) => !pages.has(p)).join(',');
  useEffect(() => {
    for (const p of refused.current) if (!shown.split(',').includes(String(p))) refused.current.delete(p);
  }, [shown]);
  useEffect(() => {
    if (!wanted) return;
    const gen = generation.current;
    for (const p of wanted.split(',').map(Number)) {
      // One request per page: one on its way, or refused while still in view, is not asked again.
      if (loading.current.has(p) || refused.current.has(p)) continue;
      loading.current.add(p);
      call('cases:list', casePageRequest(JSON.parse(query), p))
        .then((d) => {
          if (gen !== generation.current) return;
          setPages((old) => new Map(old).set(p, d.rows));
          setError(null);
        })
        .catch((e: unknown) => {
          if (gen !== generation.current) return;
          loading.current.delete(p);
          refused.current.add(p);
          setError(errorText(e));
        });
    }
  }, [wanted, query, pages]);

  return (
    <Stack>
      <CaseListHeader query={query} canCreate={allowed('cases:create')} onError={setError} />
      <CaseFilters value={filters} onChange={setFilters} options={options} />
      {error && <Text c="red">{error}</Text>}
      {total !== null && (
        <Text size="sm" c="dimmed" data-testid="case-total">
          {t('case.total', { count: total })}
        </Text>
      )}
      {total === 0 && <Text>{t('case.empty')}</Text>}
      <div role="table" aria-rowcount={total ?? 0} style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}>
        <div role="row" style={{ display: 'grid', gridTemplateColumns: COLUMNS, fontWeight: 600, background: 'var(--mantine-color-gray-0)', padding: '8px 12px', fontSize: 14 }}>
          <div role="columnheader">{t('case.registerNo')}</div>
          <div role="columnheader">{t('case.accused')}</div>
          <div role="columnheader">{t('case.violations')}</div>
          <div role="columnheader">{t('case.incidentDate')}</div>
          <div role="columnheader">{t('case.status')}</div>
        </div>
        <div ref={scroller} data-testid="case-rows" data-state={shownQuery === query ? 'ready' : 'loading'} data-query={shownQuery ?? ''} style={{ height: 'calc(100vh - 330px)', minHeight: 240, overflow: 'auto', contain: 'strict' }}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const r = pages.get(Math.floor(item.index / CASE_PAGE))?.[item.index % CASE_PAGE];
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 1}
                  onClick={() => r && navigate(`/cases/${r.id}`)}
                  style={{
                    position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)`,
                    display: 'grid', gridTemplateColumns: COLUMNS, alignItems: 'center', padding: '0 12px', fontSize: 14, cursor: 'pointer',
                    borderTop: '1px solid var(--mantine-color-gray-2)', background: item.index % 2 ? 'var(--mantine-color-gray-0)' : undefined,
                  }}
                >
                  {r ? (
                    <>
                      <div role="cell"><a href={href(`/cases/${r.id}`)}>{r.registerNo}</a></div>
                      <div role="cell" style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{r.accusedNames}</div>
                      <div role="cell" title={violationTitles(r.violationCodes, names)} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{violationTitles(r.violationCodes, names)}</div>
                      <div role="cell">{showDate(r.incidentDate)}</div>
                      <div role="cell"><Badge variant="light">{statusLabel(t, r.status)}</Badge></div>
                    </>
                  ) : (
                    <div role="cell" style={{ color: 'var(--mantine-color-gray-5)' }}>…</div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </Stack>
  );
}

/** Title, export and "new case": memoised, as the list renders again for every answer and scroll. */
const CaseListHeader = memo(function CaseListHeader({ query, canCreate, onError }: { query: string; canCreate: boolean; onError: (message: string) => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Title order={2}>{t('nav.cases')}</Title>
      <Group>
        <ExportMenu run={(format) => call('cases:export', { ...(JSON.parse(query) as ReturnType<typeof toListQuery>), format })} onError={onError} />
        {canCreate && (
          <Button component="a" href={href('/cases/new')}>
            {t('nav.newCase')}
          </Button>
        )}
      </Group>
    </Group>
  );
});
