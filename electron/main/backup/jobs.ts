import { randomBytes } from 'node:crypto';
import type { JobPhase, JobStatus } from '../../../shared/backup/types.ts';
import { errorText } from '../../../shared/error-text.ts';

const MAX_JOBS = 20;
const jobs = new Map<string, JobStatus>();

/** Progress updater handed to long work; the renderer polls the job by id. */
export interface JobHandle {
  status: JobStatus;
  progress: (phase: JobPhase, done: number, total: number) => void;
}

/**
 * Starts long work (backup, folder copy, restore) without holding the IPC call open:
 * the call returns the job at once and the screen polls `backup:job` for progress.
 * `describe` turns a failure into the user's message.
 */
export function startJob(kind: JobStatus['kind'], work: (job: JobHandle) => Promise<Partial<JobStatus>>, describe: (e: unknown) => string): JobStatus {
  const status: JobStatus = {
    id: randomBytes(8).toString('hex'),
    kind,
    phase: 'database',
    done: 0,
    total: 0,
    finished: false,
    error: null,
    backup: null,
    restore: null,
    evidenceCopied: 0,
    evidenceSkipped: 0,
  };
  jobs.set(status.id, status);
  while (jobs.size > MAX_JOBS) jobs.delete(jobs.keys().next().value!);
  const handle: JobHandle = {
    status,
    progress: (phase, done, total) => Object.assign(status, { phase, done, total }),
  };
  void work(handle).then(
    (result) => Object.assign(status, result, { phase: 'done', finished: true }),
    (e: unknown) => {
      let error: string;
      try {
        error = describe(e);
      } catch {
        // Describing must never turn a failed job into an unhandled rejection.
        error = errorText(e);
      }
      Object.assign(status, { finished: true, error });
    },
  );
  return { ...status };
}

/** A snapshot of one job, or undefined when unknown (or long forgotten). */
export function jobStatus(id: string): JobStatus | undefined {
  const s = jobs.get(id);
  return s ? { ...s } : undefined;
}

/** Resolves when a job has finished (tests, CLI). */
export async function waitForJob(id: string, pollMs = 20): Promise<JobStatus> {
  for (;;) {
    const s = jobStatus(id);
    if (!s || s.finished) return s ?? Promise.reject(new Error(`unknown job ${id}`));
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
