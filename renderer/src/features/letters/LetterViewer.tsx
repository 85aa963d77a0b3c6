import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfBytes, PdfFile } from '../../../../shared/ipc/channels/letters.ts';
import { PdfPreview } from './PdfPreview.tsx';
import { base64ToBytes, savePdf } from './pdf-bytes.ts';
import { printPdf } from './print-pdf.ts';
import { useReveal } from '../../app/reveal.ts';
import { useAction } from '../../app/use-action.ts';

/** A letter's PDF (or a bulk print's) on screen (pdf.js) with Print (OS dialog) and Save PDF. */
export function LetterViewer({ file, caption, preview = true }: { file: PdfFile | PdfBytes; caption?: string; preview?: boolean }) {
  const { t } = useTranslation();
  // A bulk print arrives as bytes (fetched or cloned: a plain ArrayBuffer), one letter as base64.
  const bytes = useMemo(() => ('pdf' in file ? (file.pdf as Uint8Array<ArrayBuffer>) : base64ToBytes(file.pdfBase64)), [file]);
  const [printing, setPrinting] = useState<{ done: number; total: number } | null>(null);
  // Opened by a click higher up the page (Pratinjau draf, Cetak ulang): bring it into view.
  const ref = useReveal<HTMLDivElement>(file, 'start');

  const printer = useAction(async () => {
    setPrinting({ done: 0, total: 1 });
    try {
      await printPdf(bytes, (done, total) => setPrinting({ done, total }));
    } finally {
      setPrinting(null);
    }
  });
  const { error } = printer;

  return (
    <Paper ref={ref} withBorder p="sm" data-testid="letter-viewer" data-file={file.fileName}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} size="sm">{caption ?? file.fileName}</Text>
          <Group gap="xs">
            <Button size="xs" onClick={() => void printer.run()} loading={printing !== null}>{t('letterUi.print')}</Button>
            <Button size="xs" variant="light" onClick={() => savePdf(bytes, file.fileName)}>{t('actions.download')}</Button>
          </Group>
        </Group>
        {printing && printing.total > 1 && <Progress value={(100 * printing.done) / printing.total} size="sm" />}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {preview && <PdfPreview bytes={bytes} />}
      </Stack>
    </Paper>
  );
}
