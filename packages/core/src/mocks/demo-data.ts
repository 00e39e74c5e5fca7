/**
 * `@jianyi/core/demo-data`: realistic zh-CN demo data for stories, tests, docs and the
 * reference server's `--demo` seed. No msw here, so a server can import it.
 *
 * Every suggestion is played through core's `submit` and `apply`, so `replay(events)`
 * gives back the suggestion; tracking codes (`JYDEMO000001` …) and access keys
 * (`demo-key-000001-jianyi` …) are fixed so stories and docs can name them.
 */
import * as v from 'valibot';
import { apply, submit } from '../lifecycle/apply.js';
import { systemActions, systemActor } from '../lifecycle/deadlines.js';
import { dayMs } from '../lifecycle/policy.js';
import { topicState } from '../lifecycle/topic.js';
import { ActionSchema } from '../model/action.js';
import type { Actor } from '../model/actor.js';
import type { Category } from '../model/category.js';
import type { Department } from '../model/department.js';
import type { SuggestionEvent } from '../model/event.js';
import type { Member } from '../model/member.js';
import { SuggestionInputSchema, type Suggestion } from '../model/suggestion.js';
import type { Topic } from '../model/topic.js';
import type { Workstation } from '../model/workstation.js';
import { seededRandom } from './demo/random.js';
import { demoActors, demoCategories, demoDepartments, demoMembers, demoWorkstations } from './demo/reference.js';
import { demoScripts, type DemoScript, type DemoStepActor } from './demo/suggestions.js';
import { demoComments, demoTopicDefinitions, demoVotes, type DemoComment, type DemoVote } from './demo/topics.js';
import { topicCounts } from './topic-counts.js';

export {
  demoActors,
  demoCategories,
  demoDepartments,
  demoMembers,
  demoTokenActors,
  demoTokens,
  demoWorkstations,
} from './demo/reference.js';
export { demoPhoto } from './demo/suggestions.js';
export type { DemoComment, DemoTopicDefinition, DemoVote } from './demo/topics.js';
export { seededRandom, type Random } from './demo/random.js';

export interface DemoSuggestion {
  suggestion: Suggestion;
  events: SuggestionEvent[];
  /** Opens the full view of this suggestion, as the submitter's key would. */
  accessKey: string;
}

export interface DemoData {
  categories: Category[];
  departments: Department[];
  workstations: Workstation[];
  members: Member[];
  /** With counts from `votes` and `comments` and the state at `now`. */
  topics: Topic[];
  votes: DemoVote[];
  comments: DemoComment[];
  suggestions: DemoSuggestion[];
}

export interface DemoOptions {
  /** Comments on the open topic (the closed one gets a fifth as many). Default 320. */
  comments?: number;
  /** Seed of the votes and comments. Default 20230224. */
  seed?: number;
}

/** The tracking code of the `n`th demo suggestion (1-based). */
export const demoTrackingCode = (n: number) => `JYDEMO${String(n).padStart(6, '0')}`;
/** The access key of the `n`th demo suggestion: fixed, so it is a demo and nothing else. */
export const demoAccessKey = (n: number) => `demo-key-${String(n).padStart(6, '0')}-jianyi`;

/** The demo data as of `now`: every timestamp lies before it, topics are open or closed relative to it. */
export function buildDemoData(now: string, options: DemoOptions = {}): DemoData {
  const { comments: commentCount = 320, seed = 20230224 } = options;
  if (Number.isNaN(Date.parse(now))) throw new Error(`buildDemoData: not a timestamp: ${now}`);
  const random = seededRandom(seed);

  const definitions = demoTopicDefinitions(now);
  const [bus, renovation] = definitions as [(typeof definitions)[0], (typeof definitions)[0]];
  const votes = [
    ...demoVotes(bus, now, 1260, [34, 27, 16, 14, 9], random),
    ...demoVotes(renovation, now, 860, [41, 22, 25, 12], random),
  ];
  const comments = [
    ...demoComments(bus, now, commentCount, 1260, random),
    ...demoComments(renovation, now, Math.ceil(commentCount / 5), 860, random),
  ];
  const topics: Topic[] = definitions.map((topic) => ({
    ...topic,
    state: topicState(topic, now),
    counts: topicCounts(
      topic,
      votes.filter((vote) => vote.topicId === topic.id),
      comments.filter((comment) => comment.topicId === topic.id),
    ),
  }));

  return {
    categories: structuredClone(demoCategories),
    departments: structuredClone(demoDepartments),
    workstations: structuredClone(demoWorkstations),
    members: structuredClone(demoMembers),
    topics,
    votes,
    comments,
    suggestions: demoScripts.map((script, index) => playScript(script, index + 1, now)),
  };
}

function actorOf(by: Exclude<DemoStepActor, 'system-job'>): Actor {
  if (typeof by === 'object') return 'department' in by ? demoActors.department(by.department) : demoActors.member(by.member);
  return demoActors[by];
}

/** One script through the lifecycle; a step the rules refuse is a bug in the script, so it throws. */
function playScript(script: DemoScript, n: number, now: string): DemoSuggestion {
  const id = demoTrackingCode(n);
  const at = (daysAgo: number) => new Date(Math.round(Date.parse(now) - daysAgo * dayMs)).toISOString();
  const category = demoCategories.find((candidate) => candidate.id === script.input.categoryId);
  if (!category) throw new Error(`${id}: unknown category ${script.input.categoryId}`);
  const input = v.parse(SuggestionInputSchema, script.input);
  const submitted = submit(input, { id, actor: script.by, now: at(script.daysAgo), handlingDays: category.handlingDays });
  let suggestion = submitted.suggestion;
  const events = [submitted.event];
  let previous = script.daysAgo;
  for (const step of script.steps) {
    if (step.daysAgo >= previous || step.daysAgo <= 0) throw new Error(`${id}: steps must move forward in time and stay before now`);
    previous = step.daysAgo;
    const when = at(step.daysAgo);
    const actor = step.by === 'system-job' ? systemActor : actorOf(step.by);
    const action = step.by === 'system-job' ? systemActions(suggestion, when)[0] : v.parse(ActionSchema, step.action);
    if (!action) throw new Error(`${id}: the system job has nothing to do at ${when}`);
    const result = apply(suggestion, action, actor, when);
    if (!result.ok) throw new Error(`${id}: ${action.type} refused (${result.error.code}) after ${suggestion.status}`);
    suggestion = result.suggestion;
    events.push(result.event);
  }
  return { suggestion, events, accessKey: demoAccessKey(n) };
}
