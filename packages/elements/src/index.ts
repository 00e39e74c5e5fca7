// Element classes without registering them: import `./all.js` or a `jy-*.js` file to register.
export { JyProvider } from './components/provider/provider.js';
export { JyRating } from './components/rating/rating.js';
export { JySuggestionForm } from './components/suggestion-form/suggestion-form.js';
export { JyHotTopicPoll } from './components/hot-topic-poll/hot-topic-poll.js';
export { JyStatusTracker } from './components/status-tracker/status-tracker.js';
export { JyElement, version } from './internal/jy-element.js';
export { jianyiContext, type JianyiContext } from './context/jianyi-context.js';
export * from './events/index.js';
