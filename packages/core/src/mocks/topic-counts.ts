import type { Topic } from '../model/topic.js';

interface CountedVote {
  voterToken: string;
  optionIds: readonly string[];
}
interface CountedComment {
  voterToken: string;
}

/** A topic's counts from its votes and comments; participants are distinct voter tokens. */
export function topicCounts(topic: Pick<Topic, 'poll'>, votes: Iterable<CountedVote>, comments: Iterable<CountedComment>): Topic['counts'] {
  const options: Record<string, number> = Object.fromEntries((topic.poll?.options ?? []).map((option) => [option.id, 0]));
  const people = new Set<string>();
  let voteCount = 0;
  let commentCount = 0;
  for (const vote of votes) {
    voteCount++;
    people.add(vote.voterToken);
    for (const id of vote.optionIds) options[id] = (options[id] ?? 0) + 1;
  }
  for (const comment of comments) {
    commentCount++;
    people.add(comment.voterToken);
  }
  return { participants: people.size, votes: voteCount, comments: commentCount, options };
}
