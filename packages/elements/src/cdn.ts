// The script-tag entry: <script type="module" src="jianyi.js"></script> registers every element.
// The style sheets are imported first only to place them side by side in the bundle (rollup
// puts a module where it is first imported): their rules have much in common, and gzip
// finds what repeats only within 32 KB (this order compresses best). They have no side
// effects; the widgets import them.
import './styles/tokens.js';
import './components/suggestion-form/suggestion-form.styles.js';
import './components/status-tracker/status-tracker.styles.js';
import './components/hot-topic-poll/hot-topic-poll.styles.js';
import './components/rating/rating.styles.js';

export * from './all.js';
