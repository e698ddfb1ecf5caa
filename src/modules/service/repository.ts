import type pg from 'pg';
import type { PrismaClient } from '../../generated/prisma/client.ts';

/* The queries behind the health checks and GET /v1. */

const READY_TIMEOUT_MS = 2_000;

/** Runs `SELECT 1`, giving up after a short timeout so a stalled database cannot hang probes. */
export async function databaseAnswers(pool: pg.Pool): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([pool.query('SELECT 1').then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Things every user of this instance should know, e.g. that its data is synthetic. */
export async function serviceNotices(prisma: PrismaClient): Promise<string[]> {
  const notices = await prisma.serviceNotice.findMany({ orderBy: { key: 'asc' } });
  return notices.map((n) => n.message);
}
