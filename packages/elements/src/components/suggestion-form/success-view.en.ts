import type { Terms } from '../../internal/localize.js';
import type { Key } from './success-view.i18n.js';

// en terms of the success view of <jy-suggestion-form>, typed against the zh-CN source.
const en: Terms<Key> = {
  received: 'Your suggestion “{title}” has been received.',
  successIntro: 'Keep the tracking code and access key below: you need them to follow the progress and rate the reply.',
  copy: 'Copy {what}',
  copied: '{what} copied',
  copyFailed: 'Could not copy; select the {what} above and copy it by hand',
  track: 'Follow its progress',
  save: 'Save as a file',
  saveName: 'Suggestion receipt',
  saveTitle: 'Title',
  saveDate: 'Sent on',
  saveLink: 'Follow it at',
  saveWarning: 'Keep this safe: the access key works like a password; do not share it.',
};

export default en;
