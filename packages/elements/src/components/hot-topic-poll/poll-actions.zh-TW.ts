import type { Terms } from '../../internal/localize.js';
import type { ActionKey } from './poll-actions.js';

// zh-TW terms of what <jy-hot-topic-poll> says about a vote, a comment or a page being sent, typed against the zh-CN source.
const zhTW: Terms<ActionKey> = {
  voting: '正在送出…',
  counted: '感謝參與！您的投票已計入。',
  votedBefore: '您已經投過票，以下是您之前的選擇。',
  sending: '正在發表…',
  posted: '留言已發表，感謝您的建議！',
  waitSeconds: '{seconds} 秒後可再發表',
  shown: '已顯示 {count} 則留言',
  loadingMore: '正在載入…',
};

export default zhTW;
