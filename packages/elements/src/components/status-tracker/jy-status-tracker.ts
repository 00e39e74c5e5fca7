import { JyStatusTracker } from './status-tracker.js';

JyStatusTracker.define('jy-status-tracker');

declare global {
  interface HTMLElementTagNameMap {
    'jy-status-tracker': JyStatusTracker;
  }
}
