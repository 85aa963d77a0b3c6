/**
 * Office-server figure:
 *   server.register_ratio   200 case registrations by 10 concurrent HTTPS clients (each its own
 *                           session: cookie, CSRF header, TLS) on loopback, over the same 200
 *                           through in-process dispatch; throughput ratio, same run, median of
 *                           three alternating rounds; target >= 0.5
 * and, against `npm run serve` in a process of its own (server-process.ts): server.list.p95_ms,
 * server.list.busy_p95_ms and server.rss_mb.
 * Each path has its own fresh database; every registration names a different accused NIP, so
 * the duplicate check does the same work on both.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BenchModule } from './bench-kit.ts';
import { median } from './bench-kit.ts';
import { openApp } from '../../electron/main/app-context.ts';
import type { AppContext } from '../../electron/main/app-context.ts';
import { dispatch } from '../../electron/main/ipc/dispatch.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { hashPassword } from '../../electron/main/accounts/password.ts';
import { insertUser } from '../../electron/main/accounts/user-queries.ts';
import { newSession } from '../../electron/main/accounts/session.ts';
import { startOfficeServer } from '../../electron/server/office-server.ts';
import { ensureServerCertificate } from '../../electron/server/tls-certificate.ts';
import { OfficeClient } from '../support/https-client.ts';
import { serverProcessFigures } from './server-process.ts';

const RESOURCES = resolve(import.meta.dirname, '..', '..', 'resources');
const CASES = 200;
const CLIENTS = 10;
const PASSWORD = 'BenchSandi2026';
const CHEAP = { N: 2 ** 10, r: 8, p: 1, keylen: 32 };

/** A case with its own valid PNS NIP (birth day and serial vary with n). */
function caseNo(n: number) {
  const day = String(1 + (n % 28)).padStart(2, '0');
  const serial = String(1 + Math.floor(n / 28)).padStart(3, '0');
  return {
    source: 'bawaslu',
    sourceRef: `${n}/Rek/Bawaslu-Kab/XI/2024`,
    accused: [{ name: `Terlapor ${n}`, nip: `198609${day}2015051${serial}`, employmentType: 'PNS', jabatan: 'Kepala Seksi', unitKerja: 'Dinas Pendidikan' }],
    violationCodes: ['N-FASILITAS-NEGARA'],
    incidentDate: '2024-10-20',
    incidentPlace: `Balai Desa ${n}`,
    chronology: 'Terlapor menggunakan mobil dinas untuk menghadiri kampanye pasangan calon.',
  };
}

async function app(dir: string): Promise<AppContext> {
  mkdirSync(dir, { recursive: true });
  const now = new Date('2024-11-04T03:00:00Z');
  return openApp({ dataDir: dir, resourcesDir: RESOURCES, appVersion: 'bench', now: () => now, passwordParams: CHEAP });
}

export const serverBench: BenchModule = {
  name: 'server',
  run: async ({ workDir, log }) => {
    const local = await app(join(workDir, 'local'));
    const remote = await app(join(workDir, 'remote'));
    const password = await hashPassword(PASSWORD, CHEAP);
    const clerk = insertUser(local.db, { username: 'petugas', displayName: 'Petugas', role: 'clerk', password }, new Date().toISOString());
    const session = { ...newSession(), user: { id: clerk, username: 'petugas', displayName: 'Petugas', role: 'clerk' as const }, lastActivity: local.now().getTime() };
    for (let i = 0; i < CLIENTS; i++) insertUser(remote.db, { username: `petugas${i}`, displayName: `Petugas ${i}`, role: 'clerk', password }, new Date().toISOString());
    const cert = ensureServerCertificate(join(workDir, 'tls'), { dns: ['localhost'], ips: ['127.0.0.1'] });
    const server = await startOfficeServer({ ctx: remote, handlers, rendererDir: workDir, listen: { host: '127.0.0.1', port: 0 }, tls: cert });
    try {
      const clients: OfficeClient[] = [];
      for (let i = 0; i < CLIENTS; i++) {
        const c = new OfficeClient(server.port, cert.cert);
        await c.login(`petugas${i}`, PASSWORD);
        clients.push(c);
      }
      let nLocal = 0;
      let nRemote = 0;
      const inProcess = async () => {
        const t0 = performance.now();
        for (let k = 0; k < CASES; k++) {
          const r = await dispatch(local, handlers, 'cases:create', caseNo(nLocal++), undefined, session);
          if (!r.ok) throw new Error(r.error.message);
        }
        return CASES / ((performance.now() - t0) / 1000);
      };
      const overHttps = async () => {
        const t0 = performance.now();
        await Promise.all(
          clients.map(async (c) => {
            for (let k = 0; k < CASES / CLIENTS; k++) {
              const r = await c.call('cases:create', caseNo(nRemote++));
              if (!r.ok) throw new Error(r.error.message);
            }
          }),
        );
        return CASES / ((performance.now() - t0) / 1000);
      };
      // Warm-up of both paths, then three rounds in alternating order.
      await inProcess();
      await overHttps();
      const ratios: number[] = [];
      for (let round = 0; round < 3; round++) {
        let local: number;
        let https: number;
        if (round % 2 === 0) {
          local = await inProcess();
          https = await overHttps();
        } else {
          https = await overHttps();
          local = await inProcess();
        }
        log(`round ${round + 1}: in-process ${local.toFixed(0)}/s, HTTPS ${https.toFixed(0)}/s`);
        ratios.push(https / local);
      }
      await server.close();
      local.db.close();
      remote.db.close();
      return { 'server.register_ratio': median(ratios), ...(await serverProcessFigures(workDir, log)) };
    } finally {
      if (local.db.open) {
        await server.close();
        local.db.close();
        remote.db.close();
      }
    }
  },
};
