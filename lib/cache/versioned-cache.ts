// A small in-process cache of values built from the database, each kept with the data version it was built at
// (lib/partnerships/data-version.server.ts): a value built before the latest write is built again. Concurrent
// requests for the same missing value share one build. Least recently used values go first.

export class VersionedCache<T> {
  private readonly entries = new Map<string, { version: number; value: Promise<T> }>();

  constructor(private readonly capacity: number) {}

  async get(key: string, version: number, build: () => Promise<T>): Promise<T> {
    const entry = this.entries.get(key);
    if (entry && entry.version === version) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    const value = build();
    this.entries.set(key, { version, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** One cache per database connection (the app has one; tests and commands open others on other databases). */
export function cachePerConnection<T>(capacity: number): (connection: object) => VersionedCache<T> {
  const caches = new WeakMap<object, VersionedCache<T>>();
  return (connection) => {
    let cache = caches.get(connection);
    if (!cache) {
      cache = new VersionedCache<T>(capacity);
      caches.set(connection, cache);
    }
    return cache;
  };
}
