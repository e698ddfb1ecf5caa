import type { Database } from '../../plugins/database.ts';
import { databaseAnswers, serviceNotices } from './repository.ts';

/** What the service says about itself: whether its database answers, and its notices. */
export function selfService(db: Database) {
  return {
    databaseAnswers: () => databaseAnswers(db.pool),
    notices: () => serviceNotices(db.prisma),
  };
}
