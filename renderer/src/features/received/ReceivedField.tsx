import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One fact of a received record as a line: its label dimmed, then the value. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">{label}: </Text>
      {children}
    </Text>
  );
}
