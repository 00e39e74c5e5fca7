// The public API of @jianyi/core; ./index.ts (Node) and ./index.browser.ts differ only in
// how the zh-TW and en texts arrive.

// The domain's enumerations and limits, then the schemas and the types inferred from them.
export * from './model/vocabulary.js';
export * from './model/shared.js';
export * from './model/actor.js';
export * from './model/attachment.js';
export * from './model/category.js';
export * from './model/department.js';
export * from './model/workstation.js';
export * from './model/member.js';
export * from './model/reply.js';
export * from './model/rating.js';
export * from './model/action.js';
export * from './model/event.js';
export * from './model/suggestion.js';
export { looksAutomated } from './model/bot-trap.js';
export * from './model/suggestion-detail.js';
export * from './model/topic.js';
export * from './model/stats.js';
export * from './model/page.js';
export * from './model/problem.js';

// Messages in zh-CN, zh-TW and en.
export { locales, defaultLocale, resolveLocale, message, type Locale, type MessageKey } from './i18n/messages.js';
export { term, statsGroupLabel } from './i18n/terms.js';
export { loadMessages } from './i18n/load.js';

// The lifecycle: pure functions, no I/O.
export { allowedActions, apply, submit, type ApplyResult, type SubmitContext } from './lifecycle/apply.js';
export { rules, openStatuses, type Rule } from './lifecycle/table.js';
export type { TransitionError } from './lifecycle/errors.js';
export { currentDeadline, isOverdue, systemActions, systemActor } from './lifecycle/deadlines.js';
export { defaultPolicy, addDays, type LifecyclePolicy } from './lifecycle/policy.js';
export { replay } from './lifecycle/replay.js';
export { topicState, voteProblem, topicFromInput } from './lifecycle/topic.js';
export { emptyTally, addTallies, statsCounts, type StatsTally } from './lifecycle/stats-tally.js';

// Personal data.
export { toPublic, toPublicEvent, publicName, withoutInternalNotes, internalNoteRoles } from './privacy/to-public.js';
export { maskPhone, maskPersonalText, coarseAddress } from './privacy/mask.js';
export { suggestionDetail } from './privacy/detail.js';

export { generateTrackingCode, generateAccessKey, generateIdempotencyKey, generateId } from './ids.js';

// The client.
export { createClient, type JianyiClient } from './client/create-client.js';
export type { ClientOptions, RetryOptions, CallOptions, WriteOptions } from './client/transport.js';
export type { SubmitterOptions, UploadOptions } from './client/resources/suggestions.js';
export type { VoteOptions } from './client/resources/topics.js';
export { JianyiError, isJianyiError, isNetworkError, isValidationError, type JianyiErrorInit } from './client/errors.js';
export { fieldErrorsFor } from './client/field-errors.js';
export { citizenFieldErrors, preloadChecks, type CitizenInput } from './client/validate.js';
