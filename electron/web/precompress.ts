import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * A renderer file whose name carries its content hash (assets/initial-BnRzW6iD.js): its bytes
 * never change under that name, so a browser may keep it for good and a compressed copy made at
 * build time always matches it. index.html and connect.html are not: they are rewritten per request.
 */
export const HASHED_ASSET = /^assets\/[^/]+-[A-Za-z0-9_-]{8}\.(js|mjs|css)$/;

/** Below this, the compressed copy saves less than a request's headers. */
const MIN_BYTES = 1024;
/** Brotli's best quality costs about 2 s per MB; the largest files (pdf.js's worker) get a quicker one. */
const BEST_QUALITY_UP_TO = 600_000;

/**
 * Writes `<file>.br` and `<file>.gz` beside every hashed script and stylesheet of the build, once,
 * so the browser harness and the office server send a third of the bytes without compressing on
 * each request (electron/web/http-util.ts picks the copy the browser accepts).
 */
export function precompressAssets(): Plugin {
  let outDir = '';
  return {
    name: 'sipena-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => HASHED_ASSET.test(name));
      await Promise.all(
        files.map(async (name) => {
          const path = join(outDir, name);
          const content = await readFile(path);
          if (content.length < MIN_BYTES) return;
          const [br, gzipped] = await Promise.all([
            brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: content.length <= BEST_QUALITY_UP_TO ? 11 : 9, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
            gz(content, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
        }),
      );
    },
  };
}
