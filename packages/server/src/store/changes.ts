import { sql, type CompiledQuery, type DatabaseConnection, type Dialect as KyselyDialect, type Driver, type Kysely, type OperationNode, type QueryCompiler, type QueryResult, type TransactionSettings } from 'kysely';
import type SQLite from 'better-sqlite3';
import pg from 'pg';

/**
 * What a cached response was built from. A response is served from memory only while its
 * domain's version is the one it was built at; the version moves on
 * - after this process commits a write to one of the domain's tables (counted by the
 *   driver below, after the commit, before the writer's answer goes out: a citizen who
 *   rates and reloads sees the rating);
 * - when another process (a second server, the CLI's `job` or `token`) commits anything:
 *   on SQLite `PRAGMA data_version` tells at each read; on PostgreSQL every process
 *   announces its commits with NOTIFY right after them and listens for the others'.
 */
export type Domain = 'topics' | 'suggestions';
const domains: readonly Domain[] = ['topics', 'suggestions'];

/** The tables each domain's responses are built from, with those the triggers write. */
const tableDomains: Record<string, Domain | 'none'> = {
  topics: 'topics',
  votes: 'topics',
  vote_options: 'topics',
  comments: 'topics',
  topic_counters: 'topics',
  topic_participants: 'topics',
  suggestions: 'suggestions',
  suggestion_events: 'suggestions',
  stats_daily: 'suggestions',
  stats_monthly: 'suggestions',
  stats_yearly: 'suggestions',
  // Written on nearly every request; no cached response shows them.
  rate_limits: 'none',
  idempotency: 'none',
};

export const changeChannel = 'jianyi_changes';

export class ChangeWatcher {
  private readonly versions = new Map<Domain, number>(domains.map((domain) => [domain, 0]));
  /** Undefined while changes by other processes cannot be seen: nothing may be served from memory then. */
  private outside: (() => boolean) | undefined;
  private stopOutside: (() => Promise<void>) | undefined;
  /** PostgreSQL: tells the other processes what this one committed. */
  private announce: ((domains: readonly Domain[]) => void) | undefined;
  /** This process's name in announcements, so that it skips its own. */
  private readonly origin = Math.random().toString(36).slice(2, 12);
  /**
   * How long a cached answer may be trusted at most (ms). On PostgreSQL a writer that dies
   * between its commit and its announcement leaves the others unaware: this bounds that.
   */
  maxAgeMs = Infinity;

  /** The domain's version now, or undefined when no cached response may be trusted. */
  version(domain: Domain): number | undefined {
    if (!this.outside || !this.outside()) return undefined;
    return this.versions.get(domain);
  }

  /** Tables this process committed writes to (`all` when it cannot tell which): moves their domains on, and tells the other processes. */
  committed(tables: Iterable<string> | 'all') {
    const changed = this.changed(tables);
    if (changed.length > 0) this.announce?.(changed);
  }

  /** Moves the tables' domains on; returns those it moved. */
  changed(tables: Iterable<string> | 'all'): readonly Domain[] {
    if (tables === 'all') return this.bumpAll();
    const moved = new Set<Domain>();
    for (const table of tables) {
      const domain = tableDomains[table];
      if (domain === 'none') continue;
      if (domain === undefined) return this.bumpAll();
      moved.add(domain);
    }
    for (const domain of moved) this.versions.set(domain, this.versions.get(domain)! + 1);
    return [...moved];
  }

  bumpAll(): readonly Domain[] {
    for (const domain of domains) this.versions.set(domain, this.versions.get(domain)! + 1);
    return domains;
  }

  /**
   * SQLite: the connection's own `data_version`, which moves when any other connection
   * (another process) commits and not for this connection's own commits. Inside one of
   * this process's transactions that connection cannot see other commits; a second,
   * read-only connection watches then instead: while our transaction is open only other
   * processes can commit, so any move of its `data_version` since the transaction began
   * is theirs.
   */
  watchSqlite(sqlite: SQLite.Database, openWatch: () => SQLite.Database) {
    const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
    let seen = dataVersion.get();
    const checkOwnConnection = () => {
      const now = dataVersion.get();
      if (now !== seen) {
        seen = now;
        this.bumpAll();
      }
    };
    let watch: SQLite.Database | undefined;
    let watchVersion: SQLite.Statement | undefined;
    let seenByWatch: unknown;
    this.transactionBeginning = () => {
      // The connection is ours until the transaction ends: take in what others did before it.
      if (!sqlite.inTransaction) checkOwnConnection();
      watch ??= openWatch();
      watchVersion ??= watch.prepare('PRAGMA data_version').pluck();
      seenByWatch = watchVersion.get();
    };
    this.transactionEnded = () => {
      seenByWatch = undefined;
    };
    this.outside = () => {
      if (!sqlite.open) return false;
      if (!sqlite.inTransaction) {
        checkOwnConnection();
        return true;
      }
      if (seenByWatch === undefined || !watchVersion) return false;
      const now = watchVersion.get();
      if (now !== seenByWatch) {
        seenByWatch = now;
        this.bumpAll();
      }
      return true;
    };
    this.stopOutside = async () => {
      watch?.close();
    };
  }

  /** Called by the driver just before this process begins a transaction, and when it ended. */
  transactionBeginning: () => void = () => {};
  transactionEnded: () => void = () => {};

  /**
   * PostgreSQL: LISTEN for the other processes' announcements, and announce this one's
   * commits through `db`. Until the listener is connected, and from the moment it fails
   * until it is back, nothing is served from memory; coming back, everything cached is
   * dropped, since announcements may have been missed.
   *
   * The announcement is a NOTIFY of its own, sent after the commit rather than from a
   * trigger inside the writing transaction: PostgreSQL serializes the commits of notifying
   * transactions, disk flush included, which halved comment throughput. It is committed
   * without waiting for the disk (it carries no data), at most one in flight, the domains
   * that changed meanwhile gathered into the next.
   */
  watchPostgres(url: string, db: Kysely<unknown>, log: (line: string) => void = () => {}) {
    this.maxAgeMs = 10_000;
    let listening = false;
    let client: pg.Client | undefined;
    const waiting = new Set<Domain | 'all'>();
    let sending: Promise<void> | undefined;
    this.announce = (changed) => {
      for (const domain of changed) waiting.add(changed.length === domains.length ? 'all' : domain);
      if (sending) return;
      sending = (async () => {
        try {
          while (waiting.size > 0) {
            const payload = waiting.has('all') ? 'all' : [...waiting].join(',');
            waiting.clear();
            const text = `${this.origin} ${payload}`;
            // On the listener's own connection when it is up, so as not to take one from the pool.
            if (listening && client) await client.query(`select set_config('synchronous_commit', 'off', true), pg_notify($1, $2)`, [changeChannel, text]);
            else await sql`select set_config('synchronous_commit', 'off', true), pg_notify(${changeChannel}, ${text})`.execute(db);
          }
        } catch (error) {
          waiting.clear();
          log(`could not announce a change to other processes: ${String(error)}`);
        } finally {
          sending = undefined;
        }
      })();
    };
    let stopped = false;
    let retry: NodeJS.Timeout | undefined;
    this.outside = () => listening;
    const connect = async () => {
      const next = new pg.Client({ connectionString: url, keepAlive: true });
      client = next;
      const lost = () => {
        if (listening) log('change listener lost; serving without the response cache until it is back');
        listening = false;
        next.removeAllListeners('notification');
        next.end().catch(() => {});
        if (!stopped && client === next) retry = setTimeout(() => void connect(), 1000).unref();
      };
      next.on('error', lost);
      next.on('end', lost);
      next.on('notification', (message) => {
        if (message.channel !== changeChannel) return;
        const [origin, payload = 'all'] = (message.payload ?? '').split(' ');
        if (origin === this.origin) return;
        if (payload === 'all') this.bumpAll();
        else for (const domain of payload.split(',')) if (domains.includes(domain as Domain)) this.versions.set(domain as Domain, this.versions.get(domain as Domain)! + 1);
      });
      try {
        await next.connect();
        await next.query(`listen ${changeChannel}`);
        if (stopped) return void next.end().catch(() => {});
        this.bumpAll();
        listening = true;
      } catch {
        lost();
      }
    };
    const ready = connect();
    this.stopOutside = async () => {
      // A command that wrote (the job, a token) tells the servers before it exits.
      await sending;
      stopped = true;
      listening = false;
      if (retry) clearTimeout(retry);
      await ready;
      await client?.end().catch(() => {});
    };
    return ready;
  }

  async close() {
    await this.stopOutside?.();
  }
}

const writeKinds = new Set(['InsertQueryNode', 'UpdateQueryNode', 'DeleteQueryNode', 'MergeQueryNode']);

/** The tables a query writes: none for a read, `all` when it cannot be told (raw SQL, DDL). */
export function writtenTables(query: OperationNode): string[] | 'all' {
  if (query.kind === 'SelectQueryNode') return [];
  if (query.kind === 'RawNode') {
    const text = (query as unknown as { sqlFragments: readonly string[] }).sqlFragments.join('?');
    return /^\s*(?:(?:select|begin|commit|rollback|savepoint|release)\b|pragma\s+\w+\s*$|set\s+(?:local\s+)?\w+\s*(?:=|to\s))/i.test(text) ? [] : 'all';
  }
  if (!writeKinds.has(query.kind)) return 'all';
  const node = query as unknown as { into?: OperationNode; table?: OperationNode; from?: { froms: readonly OperationNode[] } };
  const targets = [node.into, node.table, ...(query.kind === 'DeleteQueryNode' ? (node.from?.froms ?? []) : [])].filter((target) => target !== undefined);
  const names = targets.map(tableName);
  return names.length > 0 && names.every((name) => name !== undefined) ? (names as string[]) : 'all';
}

function tableName(node: OperationNode): string | undefined {
  const table = node.kind === 'AliasNode' ? (node as unknown as { node: OperationNode }).node : node;
  if (table.kind !== 'TableNode') return undefined;
  return (table as unknown as { table: { identifier: { name: string } } }).table.identifier.name;
}

/** The dialect, with every committed write reported to `watcher`. */
export function watchedDialect(dialect: KyselyDialect, watcher: ChangeWatcher): KyselyDialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: () => new WatchingDriver(dialect.createDriver(), watcher),
  };
}

class WatchedConnection implements DatabaseConnection {
  /** Tables written in the open transaction, reported at its commit; undefined outside one. */
  pending: Set<string> | 'all' | undefined;
  constructor(
    readonly inner: DatabaseConnection,
    private readonly watcher: ChangeWatcher,
  ) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const written = writtenTables(compiled.query);
    try {
      return await this.inner.executeQuery<R>(compiled);
    } finally {
      // Reported even when it failed: a statement may have changed rows before its error.
      if (written === 'all' || written.length > 0) {
        if (this.pending === undefined) this.watcher.committed(written);
        else if (written === 'all') this.pending = 'all';
        else if (this.pending !== 'all') for (const table of written) this.pending.add(table);
      }
    }
  }

  streamQuery<R>(compiled: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    // Only reads are streamed here; anything else is taken as a change to everything.
    const written = writtenTables(compiled.query);
    if (written === 'all' || written.length > 0) this.watcher.bumpAll();
    return this.inner.streamQuery<R>(compiled, chunkSize);
  }
}

class WatchingDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly watcher: ChangeWatcher,
  ) {}
  init() {
    return this.inner.init();
  }
  async acquireConnection() {
    return new WatchedConnection(await this.inner.acquireConnection(), this.watcher);
  }
  async releaseConnection(connection: DatabaseConnection) {
    await this.inner.releaseConnection((connection as WatchedConnection).inner);
  }
  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    this.watcher.transactionBeginning();
    await this.inner.beginTransaction((connection as WatchedConnection).inner, settings);
    (connection as WatchedConnection).pending = new Set();
  }
  async commitTransaction(connection: DatabaseConnection) {
    const watched = connection as WatchedConnection;
    try {
      await this.inner.commitTransaction(watched.inner);
    } finally {
      // After the commit, before the writer answers: from here on readers rebuild.
      const pending = watched.pending;
      watched.pending = undefined;
      if (pending !== undefined) this.watcher.committed(pending);
      this.watcher.transactionEnded();
    }
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    (connection as WatchedConnection).pending = undefined;
    try {
      await this.inner.rollbackTransaction((connection as WatchedConnection).inner);
    } finally {
      this.watcher.transactionEnded();
    }
  }
  // Savepoints run inside a transaction: their writes are reported at its commit.
  async savepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']) {
    await this.inner.savepoint!((connection as WatchedConnection).inner, name, compileQuery);
  }
  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']) {
    await this.inner.rollbackToSavepoint!((connection as WatchedConnection).inner, name, compileQuery);
  }
  async releaseSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler['compileQuery']) {
    await this.inner.releaseSavepoint!((connection as WatchedConnection).inner, name, compileQuery);
  }
  destroy() {
    return this.inner.destroy();
  }
}
