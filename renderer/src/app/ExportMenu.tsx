import { Button, Group, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAction } from './use-action.ts';
import { base64ToBytes, saveFile, TABLE_MIME } from './save-file.ts';
import { errorText } from '../../../shared/error-text.ts';
import type { TableFile, TableFormat } from '../../../shared/reports/table-export.ts';

/**
 * "Ekspor" on a list screen: the rows the list shows, as Excel or CSV, saved as a download.
 * A failure goes to `onError` when given (the list screen shows it where it shows its own),
 * else it is shown beside the button, until the next export.
 */
export function ExportMenu({ run, onError }: { run: (format: TableFormat) => Promise<TableFile>; onError?: (message: string) => void }) {
  const { t } = useTranslation();
  const exporting = useAction(
    async (format: TableFormat) => {
      const file = await run(format);
      saveFile(base64ToBytes(file.fileBase64), file.fileName, TABLE_MIME[format]);
    },
    (e) => (onError ? (onError(errorText(e)), null) : errorText(e)),
  );
  const menu = (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default" loading={exporting.busy} data-testid="list-export">{t('listExport.button')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void exporting.run('xlsx')}>{t('listExport.xlsx')}</Menu.Item>
        <Menu.Item onClick={() => void exporting.run('csv')}>{t('listExport.csv')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
  if (onError) return menu;
  return (
    <Group gap="xs" wrap="nowrap">
      {exporting.error && <Text size="sm" c="red" role="alert" data-testid="list-export-error">{exporting.error}</Text>}
      {menu}
    </Group>
  );
}
