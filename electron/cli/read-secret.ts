import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** Reads all of stdin and returns its first line (for `--password-stdin` in scripts). */
export async function readFirstLineOfStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
}

/**
 * Asks for a secret on the terminal without echoing it: the prompt is written, then the
 * readline output is muted so typed characters never appear (nor land in scrollback).
 */
export function promptHidden(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((ok) => {
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write('\n');
      ok(answer);
    });
    muted = true;
  });
}
