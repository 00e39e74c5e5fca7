import type { Vote } from '@jianyi/core';

/**
 * What this browser remembers about its votes, per API (a portal may embed two Jianyi
 * servers): the anonymous voter token the server issued, which makes the server answer a
 * second vote with the first one, and each topic's vote, so a reload shows the earlier
 * choice without asking. Storage can be missing or refused (private mode, a sandboxed
 * iframe); then the widget still works and the server still counts one vote per token
 * for as long as the page lives.
 */
const memory = new Map<string, string>();

function storage(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    const local = window.localStorage;
    const probe = 'jianyi:probe';
    local.setItem(probe, '1');
    local.removeItem(probe);
    return local;
  } catch {
    return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) };
  }
}

const tokenKey = (apiBase: string) => `jianyi:voter-token:${apiBase}`;
const voteKey = (apiBase: string, topicId: string) => `jianyi:vote:${apiBase}:${topicId}`;

export function readVoterToken(apiBase: string): string | undefined {
  return storage().getItem(tokenKey(apiBase)) || undefined;
}

export function saveVoterToken(apiBase: string, token: string): void {
  try {
    storage().setItem(tokenKey(apiBase), token);
  } catch {
    memory.set(tokenKey(apiBase), token);
  }
}

export function readVote(apiBase: string, topicId: string): Vote | undefined {
  try {
    const stored: unknown = JSON.parse(storage().getItem(voteKey(apiBase, topicId)) ?? 'null');
    // Written by an older version or by hand: use it only when it has the shape of a vote.
    if (
      stored &&
      typeof stored === 'object' &&
      Array.isArray((stored as Vote).optionIds) &&
      (stored as Vote).optionIds.every((id) => typeof id === 'string') &&
      typeof (stored as Vote).at === 'string' &&
      (stored as Vote).topicId === topicId
    ) {
      return stored as Vote;
    }
  } catch {
    // Unreadable: as if nothing was stored.
  }
  return undefined;
}

export function saveVote(apiBase: string, vote: Vote): void {
  const value = JSON.stringify({ topicId: vote.topicId, optionIds: vote.optionIds, at: vote.at });
  try {
    storage().setItem(voteKey(apiBase, vote.topicId), value);
  } catch {
    memory.set(voteKey(apiBase, vote.topicId), value);
  }
}
