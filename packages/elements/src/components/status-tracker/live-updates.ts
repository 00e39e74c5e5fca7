/** `EventSource.CONNECTING`: the browser is reconnecting by itself. */
const connecting = 0;

/** What a tracker hears from `followLive`. */
export interface LiveUpdatesOptions {
  /** The server's timeline stream (`…/events?accessKey=…&after=…`). */
  streamUrl: string;
  /** Time between polls once the stream is missing or failed. */
  intervalMs: number;
  /** A timeline event arrived on the stream; `seq` is its number on the timeline. */
  onEvent: (seq: number) => void;
  /** Time to ask the server again (a poll, or the page became visible). */
  onPoll: () => void;
}

/**
 * Follows one suggestion: the server's event stream when the browser has EventSource,
 * else polling. A stream that fails is closed rather than left to reconnect by itself,
 * so one broken proxy or a server without the stream costs one request, not a loop of
 * them, and polling takes over. Polls skip hidden pages (a phone in a pocket) and catch up
 * as soon as the page shows again. Returns what stops it all.
 */
export function followLive({ streamUrl, intervalMs, onEvent, onPoll }: LiveUpdatesOptions): () => void {
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  const closeStream = () => {
    source?.close();
    source = undefined;
  };
  const poll = () => {
    timer ??= setInterval(() => {
      if (document.visibilityState !== 'hidden') onPoll();
    }, intervalMs);
  };
  const onVisibility = () => {
    if (!source && document.visibilityState === 'visible') onPoll();
  };
  document.addEventListener('visibilitychange', onVisibility);
  try {
    // Without EventSource, or for a URL the browser refuses (say, blocked by connect-src),
    // this throws at once, and polls.
    const stream = (source = new EventSource(streamUrl));
    stream.addEventListener('timeline', (event) => {
      const seq = seqOf((event as MessageEvent<string>).data);
      if (seq !== undefined) onEvent(seq);
    });
    // The server ends a long stream with `end`; the reconnect that follows is expected and
    // resumes from Last-Event-ID, so it is left to the browser instead of turning to polls.
    let ended = false;
    stream.addEventListener('end', () => (ended = true));
    stream.addEventListener('open', () => (ended = false));
    stream.addEventListener('error', () => {
      if (source !== stream || (ended && stream.readyState === connecting)) return;
      closeStream();
      poll();
    });
  } catch {
    poll();
  }
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    closeStream();
    clearInterval(timer);
  };
}

/** The `seq` of a streamed event, or undefined if the data is not an event. */
function seqOf(data: string): number | undefined {
  try {
    const seq: unknown = (JSON.parse(data) as { seq?: unknown }).seq;
    if (typeof seq === 'number') return seq;
  } catch {
    // Not JSON (or JSON null): not one of ours.
  }
  return undefined;
}
