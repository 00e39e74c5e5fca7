// @jianyi/core for Node and other non-browser runtimes: every locale is loaded up front.
import './i18n/all-locales.js';

export * from './api.js';
