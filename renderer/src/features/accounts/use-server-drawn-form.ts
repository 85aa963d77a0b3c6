import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { heldSubmitFor } from '../../app/server-gate.ts';

interface FormState<V> {
  getValues: () => V;
  setFieldValue: (field: keyof V & string, value: string) => void;
}

/**
 * For a gate form the server may have drawn as HTML before the app's scripts ran (shared/web/server-gate.ts):
 * once the app has taken it over, what was typed into its fields meanwhile (the browser kept it in
 * the inputs, named like the form's values) becomes the form's values, and a submit made meanwhile
 * is sent. Returns the ref for the <form>.
 */
export function useServerDrawnForm<V extends Record<string, string>>(form: FormState<V>): RefObject<HTMLFormElement | null> {
  const ref = useRef<HTMLFormElement | null>(null);
  const formRef = useRef(form);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const values = formRef.current.getValues();
    for (const name of Object.keys(values)) {
      const input = element.elements.namedItem(name);
      if (input instanceof HTMLInputElement && input.value !== values[name]) formRef.current.setFieldValue(name, input.value);
    }
    if (heldSubmitFor(element)) element.requestSubmit();
  }, []);
  return ref;
}
