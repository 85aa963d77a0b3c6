import { Badge, Button, Checkbox, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { showDate, showDateTime } from '../../app/format.ts';
import type { IssuedLetter } from '../../../../shared/letters/issued.ts';
import { LETTER_TITLES } from '../../../../shared/letters/letter-types.ts';

interface Props {
  letters: IssuedLetter[];
  busy?: string | null;
  onReprint?: (l: IssuedLetter) => void;
  onVoid?: (l: IssuedLetter) => void;
  /** With a selection, each row gets a checkbox (bulk print). */
  selected?: Set<number>;
  onToggle?: (id: number) => void;
}

/** Who a letter is for, as a row or the verification shows it: the accused, and the hearing of a session letter. */
export function letterAbout(t: TFunction, l: IssuedLetter): string {
  const who = l.about ?? '–';
  return l.sessionAt ? t('letterUi.aboutSession', { who, when: showDateTime(l.sessionAt) }) : who;
}

/** Issued letters: number, type, the person it is for, date, status (with the void reason), hash prefix and row actions. */
export function IssuedLettersTable({ letters, busy, onReprint, onVoid, selected, onToggle }: Props) {
  const { t } = useTranslation();
  if (letters.length === 0) return <Text c="dimmed" size="sm">{t('letterUi.none')}</Text>;
  return (
    <Table withTableBorder striped data-testid="issued-letters">
      <Table.Thead>
        <Table.Tr>
          {selected && <Table.Th />}
          <Table.Th>{t('letterUi.number')}</Table.Th>
          <Table.Th>{t('letterUi.choose')}</Table.Th>
          <Table.Th>{t('letterUi.about')}</Table.Th>
          <Table.Th>{t('letterUi.date')}</Table.Th>
          <Table.Th>{t('letterUi.status')}</Table.Th>
          <Table.Th>{t('letterUi.sha')}</Table.Th>
          {(onReprint || onVoid) && <Table.Th />}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {letters.map((l) => (
          <Table.Tr key={l.id} data-testid={`issued-${l.id}`} data-number={l.number}>
            {selected && (
              <Table.Td>
                <Checkbox aria-label={l.number} checked={selected.has(l.id)} onChange={() => onToggle?.(l.id)} />
              </Table.Td>
            )}
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{l.number}</Table.Td>
            <Table.Td>{LETTER_TITLES[l.type]}{selected ? ` · ${l.registerNo}` : ''}</Table.Td>
            <Table.Td data-testid="letter-about">{letterAbout(t, l)}</Table.Td>
            <Table.Td>{showDate(l.letterDate)}</Table.Td>
            <Table.Td>
              {l.status === 'void' ? (
                <>
                  <Badge color="red" variant="light">{t('letterUi.voided')}</Badge>
                  <Text size="xs" c="dimmed">{l.voidReason}</Text>
                </>
              ) : (
                <Badge color="blue" variant="light">{t('letterUi.statusIssued')}</Badge>
              )}
            </Table.Td>
            <Table.Td>
              <Text size="xs" ff="monospace" title={l.sha256}>{l.sha256.slice(0, 16)}</Text>
            </Table.Td>
            {(onReprint || onVoid) && (
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  {onReprint && (
                    <Button size="xs" variant="light" loading={busy === `pdf:${l.id}`} onClick={() => onReprint(l)}>
                      {t('letterUi.reprint')}
                    </Button>
                  )}
                  {onVoid && l.status !== 'void' && (
                    <Button size="xs" color="red" variant="subtle" onClick={() => onVoid(l)}>
                      {t('letterUi.void')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
