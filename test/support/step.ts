import { errorText } from '../../shared/error-text.ts';

/**
 * One named step of a journey test: a screen flow whose steps each start where the one before
 * left the app is one `it` (its result cannot depend on the order `it`s run in), and a failure
 * still names the step it happened in.
 */
export async function step(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (e) {
    throw new Error(`step "${name}": ${errorText(e)}`, { cause: e });
  }
}
