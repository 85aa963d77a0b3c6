import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordChange } from '../../../shared/records/changes.ts';
import type { LastChange } from '../../../shared/ipc/channels/records.ts';
import { call } from './api.ts';

/**
 * The live view: calls `onChange` for every committed change (by anyone, through any door)
 * that `matches` accepts, as long as the component is mounted. Events carry only kind, id
 * and version; the page asks for anything else through its usual channels.
 */
export function useChanges(matches: (c: RecordChange) => boolean, onChange: (c: RecordChange) => void): void {
  const latest = useRef({ matches, onChange });
  useEffect(() => {
    latest.current = { matches, onChange };
  });
  useEffect(() => {
    const feed = window.sipenaEvents;
    if (!feed) return undefined;
    return feed.subscribe((c) => {
      if (c.kind === 'all' || latest.current.matches(c)) latest.current.onChange(c);
    });
  }, []);
}

/**
 * Lists and the calendar: reload when a record of one of `kinds` changes. A burst of changes
 * (ten clerks registering at once) gives one reload, a moment after the last of them.
 */
export function useLiveReload(kinds: readonly string[], reload: () => void): void {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useChanges(
    (c) => kinds.includes(c.kind),
    () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(reload, 300);
    },
  );
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Detail and edit pages: when someone else changes the record on screen, says so ("Data ini
 * telah diubah oleh Sari Wulandari (sari) pukul 10.42: muat ulang") with a reload button,
 * and changes nothing by itself: a form being typed stays as it is. `reload` is the page's
 * own (load the record again; on an edit form, take the new version and keep the typing).
 */
export function useOutOfDate(kind: 'case' | 'employee', id: number, reload: () => void): ReactNode {
  const { t } = useTranslation();
  const [changed, setChanged] = useState<LastChange | null>(null);
  // The last change the page knows of (asked when it opens and when it reloads): an event
  // that brings nothing newer, e.g. the catch-up after a broken stream, announces nothing.
  const known = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    known.current = undefined;
    call('records:lastChange', { kind, id }).then(
      (last) => {
        if (known.current === undefined) known.current = last?.seq ?? null;
      },
      () => undefined,
    );
  }, [kind, id]);
  useChanges(
    (c) => c.kind === kind && c.id === id,
    () => {
      call('records:lastChange', { kind, id }).then(
        (last) => {
          if (!last || last.seq === known.current) return;
          known.current = last.seq;
          // One's own save (this tab or another) is nothing to announce.
          if (!last.byMe) setChanged(last);
        },
        () => undefined,
      );
    },
  );
  if (!changed) return null;
  const at = new Date(changed.at);
  return (
    <Alert color="yellow" role="status" data-testid="out-of-date">
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm">{t('live.outOfDateAt', { who: changed.who, time: `${two(at.getHours())}.${two(at.getMinutes())}` })}</Text>
        <Button
          size="xs"
          variant="light"
          data-testid="out-of-date-reload"
          style={{ flexShrink: 0 }}
          onClick={() => {
            setChanged(null);
            reload();
          }}
        >
          {t('live.reload')}
        </Button>
      </Group>
    </Alert>
  );
}
