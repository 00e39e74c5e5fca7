import type { Terms } from '../../internal/localize.js';
import type { Key } from './actions.i18n.js';

// en terms of what <jy-suggestion-form> fetches once the citizen acts, typed against the zh-CN source.
const en: Terms<Key> = {
  locating: 'Finding your location…',
  locationDenied: 'Location access was not allowed. Allow it in the browser settings, or type the address.',
  locationUnavailable: 'Your location could not be found; please type the address.',
  photosPending: 'Photos are still uploading; wait a moment before sending',
  photosFailed: 'A photo did not upload: retry it or remove it',
  fixErrors: '{count} fields need your attention',
  sending: 'Sending…',
  successHeading: 'Sent',
  trackingCode: 'Tracking code',
  accessKey: 'Access key',
  accessKeyWarning: 'The access key works like a password: do not share it. It cannot be recovered if lost.',
  another: 'Make another suggestion',
};

export default en;
