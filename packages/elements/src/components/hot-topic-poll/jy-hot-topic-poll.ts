import { JyHotTopicPoll } from './hot-topic-poll.js';

JyHotTopicPoll.define('jy-hot-topic-poll');

declare global {
  interface HTMLElementTagNameMap {
    'jy-hot-topic-poll': JyHotTopicPoll;
  }
}
