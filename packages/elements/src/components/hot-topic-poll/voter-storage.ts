import type { Vote } from '@jianyi/core';

/**
 * What this browser remembers about its votes, per API (a portal may embed two Jianyi
 * servers): the anonymous voter token the server issued, which makes the server answer a
 * second vote with the first one, and each topic's vote, so a reload shows the earlier
 * choice without asking. Storage can be missing or refused (private mode, a sandboxed
 * iframe); then the widget still works and the server still counts one vote per token
 * for as long as the page lives. Only reading is here: the writes come with the vote
 * (./poll-actions.js).
 */
const memory = new Map<string, string>();

export const tokenKey = (apiBase: string) => `jianyi:voter-token:${apiBase}`;
export const voteKey = (apiBase: string, topicId: string) => `jianyi:vote:${apiBase}:${topicId}`;

/** What was stored under `key`: in localStorage, else in this page's memory when storage refused it. */
export function remembered(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? memory.get(key);
  } catch {
    return memory.get(key);
  }
}

/** Stores `value` in localStorage, or for this page only when storage is missing or full. */
export function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    memory.set(key, value);
  }
}

export function readVote(apiBase: string, topicId: string): Vote | undefined {
  try {
    const stored = JSON.parse(remembered(voteKey(apiBase, topicId)) ?? 'null') as Vote | null;
    // Written by an older version or by hand: use it only when it has the shape of this topic's vote.
    if (Array.isArray(stored?.optionIds) && stored.topicId === topicId) return stored;
  } catch {
    // Unreadable: as if nothing was stored.
  }
  return undefined;
}
