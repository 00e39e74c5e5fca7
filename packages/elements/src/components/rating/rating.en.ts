import type { Terms } from '../../internal/localize.js';
import type { Key } from './rating.i18n.js';

// en terms of <jy-rating>, typed against the zh-CN source so a missing term fails to compile.
const en: Terms<Key> = {
  question: 'Are you satisfied with how it was handled?',
  solvedQuestion: 'Was the problem solved?',
  yes: 'Solved',
  no: 'Not solved',
  comment: 'Comment (optional)',
  commentHint: 'If you are not satisfied, saying why helps the review',
  count: '{count}/{max} characters',
  submit: 'Send rating',
  sending: 'Sending…',
  thanks: 'Thank you for your rating!',
  chooseSatisfaction: 'Choose how satisfied you are',
  chooseSolved: 'Say whether the problem was solved',
};

export default en;
