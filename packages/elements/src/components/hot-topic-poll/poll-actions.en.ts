import type { Terms } from '../../internal/localize.js';
import type { ActionKey } from './poll-actions.js';

// English terms of what <jy-hot-topic-poll> says about a vote, a comment or a page being sent, typed against the zh-CN source.
const en: Terms<ActionKey> = {
  voting: 'Sending…',
  counted: 'Thank you! Your vote has been counted.',
  votedBefore: 'You have already voted; this was your choice.',
  sending: 'Posting…',
  posted: 'Your comment is posted. Thank you!',
  waitSeconds: 'You can post again in {seconds} s',
  shown: '{count} comments shown',
  loadingMore: 'Loading…',
};

export default en;
