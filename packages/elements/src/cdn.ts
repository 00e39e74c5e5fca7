// The script-tag entry: <script type="module" src="jianyi.js"></script> registers every element.

// The widgets' styles, then their zh-CN terms, each group placed together at the front of
// the bundle (rollup puts a module where it is first imported). These modules only declare
// values, and the widgets import them too, so when they run does not matter; side by side,
// the rules and the Chinese words the widgets share fall within gzip's 32 KB window, which
// makes jianyi.js about 0.7 KB smaller than with each widget's beside its code.
import './styles/tokens.js';
import './components/suggestion-form/suggestion-form.styles.js';
import './components/status-tracker/status-tracker.styles.js';
import './components/hot-topic-poll/hot-topic-poll.styles.js';
import './components/rating/rating.styles.js';
import './components/rating/rating.i18n.js';
import './components/suggestion-form/suggestion-form.i18n.js';
import './components/hot-topic-poll/hot-topic-poll.i18n.js';
import './components/status-tracker/status-tracker.i18n.js';

export * from './all.js';
