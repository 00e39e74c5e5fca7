/** `EventSource.CONNECTING`: the browser is reconnecting by itself. */
const connecting = 0;

/** What a tracker hears from `LiveUpdates`. */
export interface LiveUpdatesOptions {
  /** The server's timeline stream (`…/events?accessKey=…&after=…`); polling only when empty. */
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
 * as soon as the page shows again.
 */
export class LiveUpdates {
  #source?: EventSource;
  #timer?: ReturnType<typeof setInterval>;
  #running = false;
  readonly #options: LiveUpdatesOptions;

  constructor(options: LiveUpdatesOptions) {
    this.#options = options;
  }

  /** `stream`, `poll`, or `stopped`. */
  get mode(): 'stream' | 'poll' | 'stopped' {
    if (!this.#running) return 'stopped';
    return this.#source ? 'stream' : 'poll';
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (this.#options.streamUrl && typeof EventSource === 'function') this.#stream();
    else this.#poll();
  }

  stop(): void {
    this.#running = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#closeStream();
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #stream() {
    let source: EventSource;
    try {
      source = new EventSource(this.#options.streamUrl);
    } catch {
      // A URL the browser refuses (say, blocked by connect-src) throws at once.
      this.#poll();
      return;
    }
    this.#source = source;
    source.addEventListener('timeline', (event) => {
      const seq = seqOf((event as MessageEvent<string>).data);
      if (seq !== undefined) this.#options.onEvent(seq);
    });
    // The server ends a long stream with `end`; the reconnect that follows is expected and
    // resumes from Last-Event-ID, so it is left to the browser instead of turning to polls.
    let ended = false;
    source.addEventListener('end', () => (ended = true));
    source.addEventListener('open', () => (ended = false));
    source.addEventListener('error', () => {
      if (this.#source !== source) return;
      if (ended && source.readyState === connecting) return;
      this.#closeStream();
      if (this.#running) this.#poll();
    });
  }

  #closeStream() {
    this.#source?.close();
    this.#source = undefined;
  }

  #poll() {
    if (this.#timer !== undefined) return;
    this.#timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') this.#options.onPoll();
    }, this.#options.intervalMs);
  }

  readonly #onVisibility = () => {
    if (this.#running && !this.#source && document.visibilityState === 'visible') this.#options.onPoll();
  };
}

/** The `seq` of a streamed event, or undefined if the data is not an event. */
function seqOf(data: string): number | undefined {
  try {
    const parsed: unknown = JSON.parse(data);
    if (typeof parsed === 'object' && parsed !== null && 'seq' in parsed && typeof parsed.seq === 'number') return parsed.seq;
  } catch {
    // Not JSON: not one of ours.
  }
  return undefined;
}
