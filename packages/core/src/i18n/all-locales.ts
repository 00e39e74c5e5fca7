// Every locale at once, for Node (the server answers each request in its own language)
// and the mocks; browsers import ./load.js instead and fetch a locale when asked.
import enMessages from './messages.en.js';
import zhTWMessages from './messages.zh-TW.js';
import { addMessages } from './messages.js';
import { addServerMessages } from './messages.server.js';
import { addValidationMessages } from './messages.validation.js';
import enTerms from './terms.en.js';
import zhTWTerms from './terms.zh-TW.js';
import { addTerms } from './terms-added.js';

addServerMessages();
addValidationMessages();
addMessages('zh-TW', zhTWMessages);
addMessages('en', enMessages);
addTerms('zh-TW', zhTWTerms);
addTerms('en', enTerms);
