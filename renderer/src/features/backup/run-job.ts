import { call } from '../../app/api.ts';
import type { JobStatus } from '../../../../shared/backup/types.ts';

/**
 * Starts a long main-process task (backup, folder copy, restore) and polls it until it
 * finishes, reporting progress; resolves to the final status or throws its message.
 */
export async function runJob(start: () => Promise<JobStatus>, onProgress: (s: JobStatus) => void, pollMs = 250): Promise<JobStatus> {
  let status = await start();
  onProgress(status);
  while (!status.finished) {
    await new Promise((r) => setTimeout(r, pollMs));
    status = await call('backup:job', { id: status.id });
    onProgress(status);
  }
  if (status.error) throw new Error(status.error);
  return status;
}

/** Whole-number percentage of a job's current phase. */
export function jobPercent(s: JobStatus | null): number {
  if (!s) return 0;
  if (s.finished) return 100;
  return s.total > 0 ? Math.round((100 * s.done) / s.total) : 0;
}

/** File sizes the way the office reads them: 1,2 MB. */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(1).replace('.', ',')} ${units[i]}`;
}
