// Registers every Jianyi element. Safe to load twice.
import './components/provider/jy-provider.js';
import './components/rating/jy-rating.js';
import './components/suggestion-form/jy-suggestion-form.js';
import './components/hot-topic-poll/jy-hot-topic-poll.js';
import './components/status-tracker/jy-status-tracker.js';

export * from './index.js';
