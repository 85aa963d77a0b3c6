import { Textarea } from '@mantine/core';
import type { TextareaProps } from '@mantine/core';

const rowsHeight = (rows: number) => `calc(${rows}lh + 2 * var(--input-padding-y) + 2px)`;

export type GrowTextareaProps = Omit<TextareaProps, 'autosize' | 'rows' | 'styles'> & {
  /** Text in the monospace font (register numbers, key files): the input's own font, which `ff` on the field does not reach. */
  monospace?: boolean;
};

/**
 * A Textarea that grows with its text (from `minRows`, scrolling after `maxRows`) by CSS
 * alone, `field-sizing: content`. Mantine's `autosize` measures each textarea through a
 * hidden copy as it mounts and again on every keystroke, a forced style and layout pass
 * per field: on a settings screen with a dozen of them that was most of the time to open it.
 */
export function GrowTextarea({ minRows = 1, maxRows, monospace, ...props }: GrowTextareaProps) {
  return (
    <Textarea
      {...props}
      rows={minRows}
      styles={{
        input: {
          fieldSizing: 'content',
          minHeight: `max(var(--input-height), ${rowsHeight(minRows)})`,
          ...(maxRows ? { maxHeight: rowsHeight(maxRows), overflowY: 'auto' } : {}),
          ...(monospace ? { fontFamily: 'var(--mantine-font-family-monospace)' } : {}),
        },
      }}
    />
  );
}
