import { Alert, Button, Group, Text } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api.ts';
import { useAction } from './use-action.ts';

export interface RecordVersion {
  /** The version to send as `expectedVersion`: the loaded one, or the one fetched by "Muat ulang". */
  version: number;
  /**
   * Takes a failed save: a STALE refusal is shown (message, marked fields, "Muat ulang")
   * and true returned; anything else is left to the caller.
   */
  catchStale: (e: unknown, setFieldErrors: (fields: FormErrors) => void) => boolean;
  /** The refusal or the "reloaded" note, to place above the form. */
  notice: ReactNode;
  /** Takes the record's current version, keeping the form (the live view's "Muat ulang" on an edit page). */
  reload: () => void;
}

/**
 * No lost updates, on the screen's side, the same for every form: the form sends back the
 * version it was loaded with; when the save is refused as STALE (someone else changed the
 * record meanwhile) the refusal says who and when, the fields that differ are marked, and
 * "Muat ulang" fetches the record's current version (`latest`) while everything the user
 * typed stays in the form. Saving again is then the user's deliberate choice, made after
 * seeing the notice: nothing is merged behind their back.
 */
export function useRecordVersion(loaded: number, latest: () => Promise<number>): RecordVersion {
  const { t } = useTranslation();
  // The version "Muat ulang" fetched, for the loaded version it replaced: when the screen
  // loads the record again by itself (its own logo upload, a live refresh), that one counts.
  const [fetched, setFetched] = useState<{ over: number; version: number } | null>(null);
  const version = fetched && fetched.over === loaded ? fetched.version : loaded;
  const [stale, setStale] = useState<string | null>(null);
  const [reloaded, setReloaded] = useState(false);
  const catchStale = (e: unknown, setFieldErrors: (fields: FormErrors) => void): boolean => {
    if (!(e instanceof ApiError) || e.code !== 'STALE') {
      setStale(null);
      return false;
    }
    setStale(e.message);
    setReloaded(false);
    setFieldErrors(e.fields);
    return true;
  };
  const reloading = useAction(async () => {
    setFetched({ over: loaded, version: await latest() });
    setStale(null);
    setReloaded(true);
  });
  const notice = stale ? (
    <Alert color="orange" role="alert" data-testid="stale-notice">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">{stale}</Text>
        <Button size="xs" variant="light" loading={reloading.busy} onClick={() => void reloading.run()} data-testid="stale-reload" style={{ flexShrink: 0 }}>
          {t('stale.reload')}
        </Button>
      </Group>
      {reloading.error && <Text size="sm" c="red">{reloading.error}</Text>}
    </Alert>
  ) : reloaded ? (
    <Alert color="blue" data-testid="stale-reloaded">
      {t('stale.reloaded')}
    </Alert>
  ) : null;
  return { version, catchStale, notice, reload: () => void reloading.run() };
}
