import { Textarea } from '@mantine/core';
import type { TextareaProps } from '@mantine/core';

const rowsHeight = (rows: number) => `calc(${rows}lh + 2 * var(--input-padding-y) + 2px)`;

/**
 * A Textarea that grows with its text (from `minRows`, scrolling after `maxRows`) by CSS
 * alone, `field-sizing: content`. Mantine's `autosize` measures each textarea through a
 * hidden copy as it mounts, a forced style and layout pass per field: on a settings screen
 * with a dozen of them that was most of the time to open it.
 */
export function GrowTextarea({ minRows = 1, maxRows, ...props }: Omit<TextareaProps, 'autosize' | 'rows' | 'styles'>) {
  return (
    <Textarea
      {...props}
      rows={minRows}
      styles={{
        input: {
          fieldSizing: 'content',
          minHeight: `max(var(--input-height), ${rowsHeight(minRows)})`,
          ...(maxRows ? { maxHeight: rowsHeight(maxRows), overflowY: 'auto' } : {}),
        },
      }}
    />
  );
}
