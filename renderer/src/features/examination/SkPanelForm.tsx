import { Alert, Button, Group, Stack } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { FormEventHandler, ReactNode } from 'react';
import { parseTypedDate } from '../../../../shared/indonesian/parse-date.ts';

/** A date typed or picked as the SK panel's forms take it (D MMMM YYYY, or HH/BB/TTTT typed). */
export function dateField(label: string, props: object, required = true) {
  return <DateInput label={label} withAsterisk={required} valueFormat="D MMMM YYYY" dateParser={parseTypedDate} placeholder="HH/BB/TTTT" {...props} />;
}

/** A form of the panel: the save's failure above its fields, its one button below them. */
export function PanelForm(props: { testId: string; submit: FormEventHandler<HTMLFormElement>; serverError: string | null; button: string; children: ReactNode }) {
  return (
    <form onSubmit={props.submit} noValidate data-testid={props.testId}>
      <Stack gap="xs">
        {props.serverError && <Alert color="red" role="alert">{props.serverError}</Alert>}
        {props.children}
        <Group justify="flex-end">
          <Button type="submit">{props.button}</Button>
        </Group>
      </Stack>
    </form>
  );
}
