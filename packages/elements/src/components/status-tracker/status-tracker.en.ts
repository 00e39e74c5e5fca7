import type { Terms } from '../../internal/localize.js';
import type { Key } from './status-tracker.i18n.js';

// en terms of <jy-status-tracker>, typed against the zh-CN source so a missing term fails to compile.
const en: Terms<Key> = {
  lookupTitle: 'Track your suggestion',
  lookupIntro: 'Enter the tracking code you received when you submitted. With the access key you see everything and can rate the result.',
  code: 'Tracking code',
  codeHint: 'For example JY7K3M9Q2XRT',
  key: 'Access key (optional)',
  keyHint: 'The key you received with the tracking code',
  lookup: 'Track',
  codeRequired: 'Enter the tracking code',
  codeFormat: 'A tracking code has only letters, digits, “-” and “_”',
  keyFormat: 'An access key has at least 16 characters; check it',
  loading: 'Loading the progress…',
  loadFailed: 'The progress cannot be loaded right now',
  retry: 'Try again',
  statusChanged: 'Progress updated: {status}',
};

export default en;
