export { JySubmittedEvent } from './jy-submitted.js';
export { JyVotedEvent } from './jy-voted.js';
export { JyCommentedEvent } from './jy-commented.js';
export { JyRatedEvent } from './jy-rated.js';
export { JyUpdatedEvent } from './jy-updated.js';
export { JyErrorEvent } from './jy-error.js';
