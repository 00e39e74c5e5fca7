import type { Actor } from '../../model/actor.js';
import type { Attachment } from '../../model/attachment.js';
import type { Category } from '../../model/category.js';
import type { Department } from '../../model/department.js';
import type { SuggestionEvent } from '../../model/event.js';
import type { Member } from '../../model/member.js';
import type { Suggestion } from '../../model/suggestion.js';
import type { Workstation } from '../../model/workstation.js';
import type { DemoComment, DemoTopicDefinition, DemoVote } from '../demo/topics.js';
import type { Idempotency } from './idempotency.js';

/** A suggestion as the store keeps it: the row, its timeline and its submitter's key. */
export interface StoredSuggestion {
  suggestion: Suggestion;
  events: SuggestionEvent[];
  accessKey: string;
}

/** Everything the mock API holds, in memory. */
export interface MockState {
  now: () => string;
  categories: Category[];
  departments: Department[];
  workstations: Workstation[];
  members: Member[];
  /** Staff bearer tokens and the actors they stand for. */
  tokens: Map<string, Actor>;
  suggestions: Map<string, StoredSuggestion>;
  /** Uploaded and not yet attached to a suggestion. */
  attachments: Map<string, Attachment>;
  topics: Map<string, DemoTopicDefinition>;
  /** Per topic, the vote of each voter token. */
  votes: Map<string, Map<string, DemoVote>>;
  comments: Map<string, DemoComment[]>;
  idempotency: Idempotency;
}
