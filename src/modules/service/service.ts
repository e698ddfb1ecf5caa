/* What the service says about itself: whether its database answers, and its notices. */
export { databaseAnswers, serviceNotices } from './repository.ts';
