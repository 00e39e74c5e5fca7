import { JyRating } from './rating.js';

JyRating.define('jy-rating');

declare global {
  interface HTMLElementTagNameMap {
    'jy-rating': JyRating;
  }
}
