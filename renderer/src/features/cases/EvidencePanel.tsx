import { Alert, Badge, Button, Code, Group, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../app/api.ts';
import { showDateTime } from '../../app/format.ts';
import { previewKind } from '../../../../shared/evidence/schemas.ts';
import type { EvidenceItem, EvidenceVerifyResult } from '../../../../shared/evidence/schemas.ts';
import { PdfPreview } from '../letters/PdfPreview.tsx';
import { fetchEvidenceBlob } from './upload-evidence.ts';
import { useAction } from '../../app/use-action.ts';
import { useLoad } from '../../app/use-load.ts';

/** Inline previews stay below this size; larger files can still be verified. */
const PREVIEW_LIMIT = 300 * 1024 * 1024;

function formatSize(n: number | null): string {
  if (n === null) return '–';
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 ** 2).toFixed(1)} MB`;
}

/**
 * A ref for an <img> or <video> that shows `blob` through an object URL, revoked when the
 * element goes or the blob changes (React calls the returned cleanup), so no URL outlives
 * its element, and a stale answer's blob, never given a URL, is simply collected.
 */
function useBlobSrc(blob: Blob | null) {
  return useCallback(
    (el: HTMLImageElement | HTMLVideoElement | null) => {
      if (!el || !blob) return;
      const url = URL.createObjectURL(blob);
      el.src = url;
      return () => URL.revokeObjectURL(url);
    },
    [blob],
  );
}

function Preview({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  const kind = previewKind(item.mime);
  const tooBig = (item.size ?? 0) > PREVIEW_LIMIT;
  // Why the file could not be read (screen locked, file missing or altered) is said, not swallowed.
  const { data, error } = useLoad(async () => {
    if (!kind || tooBig) return null;
    const blob = await fetchEvidenceBlob(item.id);
    return kind === 'pdf' ? { pdf: new Uint8Array(await blob.arrayBuffer()), blob: null } : { pdf: null, blob };
  }, [item.id, kind, tooBig]);
  const src = useBlobSrc(data?.blob ?? null);
  if (!kind) return <Text size="xs" c="dimmed">{t('evidence.noPreview')}</Text>;
  if (tooBig) return <Text size="xs" c="dimmed">{t('evidence.tooBigPreview')}</Text>;
  if (error) return <Text size="xs" c="red">{error}</Text>;
  if (data?.pdf) return <PdfPreview bytes={data.pdf} scale={0.6} />;
  if (!data?.blob) return null;
  return kind === 'image' ? (
    <img ref={src} alt={item.originalName ?? ''} data-testid="evidence-image" style={{ maxWidth: '100%', maxHeight: 320, objectFit: 'contain' }} />
  ) : (
    <video ref={src} controls data-testid="evidence-video" style={{ maxWidth: '100%', maxHeight: 320 }} />
  );
}

function FileEvidence({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<EvidenceVerifyResult | null>(null);
  const verify = useAction(async () => setResult(await call('evidence:verify', { id: item.id })));
  const { busy, error } = verify;
  return (
    <Paper withBorder p="sm" data-testid="evidence-item">
      <Group justify="space-between" align="flex-start">
        <div>
          <Text fw={600}>{item.originalName}</Text>
          <Text size="xs" c="dimmed">
            {item.mime} · {formatSize(item.size)} · {showDateTime(item.addedAt)} · {item.addedBy}
            {item.category === 'source_document' && <Badge ml="xs" size="xs">{t('evidence.sourceDocument')}</Badge>}
          </Text>
          {item.description && <Text size="sm">{item.description}</Text>}
          <Text size="xs">{t('evidence.hash')}: <Code data-testid="evidence-hash">{item.sha256}</Code></Text>
        </div>
        <Button size="xs" variant="light" loading={busy} onClick={() => void verify.run()}>{t('evidence.verify')}</Button>
      </Group>
      {result && (
        <Alert mt="xs" color={result.ok ? 'teal' : 'red'} data-testid="verify-result">
          {result.ok ? t('evidence.verifyOk') : result.actual === null ? t('evidence.verifyMissing') : t('evidence.verifyBad', { actual: result.actual })}
        </Alert>
      )}
      {error && <Alert mt="xs" color="red">{error}</Alert>}
      <div style={{ marginTop: 8 }}>
        <Preview item={item} />
      </div>
    </Paper>
  );
}

/** The evidence of a case: files with hash, preview and verify; links shown as plain text, never loaded. */
export function EvidencePanel({ items }: { items: EvidenceItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text c="dimmed">{t('evidence.none')}</Text>;
  return (
    <Stack gap="xs">
      {items.map((e) =>
        e.kind === 'file' ? (
          <FileEvidence key={e.id} item={e} />
        ) : (
          <Paper key={e.id} withBorder p="sm" data-testid="evidence-link">
            <Text size="sm" style={{ wordBreak: 'break-all' }}>{e.url}</Text>
            {e.description && <Text size="xs" c="dimmed">{e.description}</Text>}
          </Paper>
        ),
      )}
    </Stack>
  );
}
