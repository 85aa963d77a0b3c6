import { schemaResolver } from '@mantine/form';
import type { FormErrors } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { afterPaint } from '../../app/after-paint.ts';
import { translateErrors } from '../../app/form-errors.ts';
import type * as Schemas from './gate-schemas.ts';

type GateSchemas = typeof Schemas;
type Schema = Parameters<typeof schemaResolver>[0];

let loading: Promise<GateSchemas> | null = null;

/** zod and the account schemas, fetched once; again after a failed download. */
function loadSchemas(): Promise<GateSchemas> {
  loading ??= import('./gate-schemas.ts').catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

/**
 * A gate form's check with the server's own schema (shared/accounts/schemas.ts), without zod in
 * the sign-in screen's first download: the schema is fetched once the form is painted, and a
 * submit made before it has come waits for it. Should it not come (the link dropped), the form
 * is sent unchecked and the server's validation answers instead, as it always does.
 *   validate   for useForm({ validate })
 *   onSubmit   wraps the form's submit handler (form.onSubmit(...)) for <form onSubmit>
 */
export function useGateValidation<V>(pick: (schemas: GateSchemas) => Schema): {
  validate: (values: V) => FormErrors;
  onSubmit: (submit: () => void) => (event: { preventDefault: () => void }) => void;
} {
  const { t } = useTranslation();
  const resolver = useRef<((values: V) => FormErrors) | null>(null);
  const pickRef = useRef(pick);
  const ready = (schemas: GateSchemas) => {
    resolver.current ??= schemaResolver(pickRef.current(schemas), { sync: true });
  };
  // Once per form; `ready` reads refs only.
  useEffect(() => afterPaint(() => void loadSchemas().then(ready, () => undefined)), []);
  return {
    validate: (values) => (resolver.current ? translateErrors(resolver.current(values), t) : {}),
    onSubmit: (submit) => (event) => {
      event.preventDefault();
      if (resolver.current) return submit();
      void loadSchemas().then(ready, () => undefined).finally(submit);
    },
  };
}
