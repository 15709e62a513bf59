import { useSyncExternalStore } from 'react';

export interface StoredValue<T> {
  get(): T;
  set(value: T | null): void;
  use(): T;
}

/**
 * A value kept in the browser's storage (local: across tabs and visits; session: this tab only) that
 * components follow as it changes, in this tab and, for local storage, in the visitor's other tabs.
 */
export function storedValue<T>(area: 'local' | 'session', key: string, parse: (raw: unknown) => T): StoredValue<T> {
  const listeners = new Set<() => void>();
  let cached: { raw: string | null; value: T } | null = null;
  const storage = (): Storage | null => {
    try {
      return area === 'local' ? window.localStorage : window.sessionStorage;
    } catch {
      return null; // blocked storage (some private modes): the value then lives as long as the page
    }
  };
  let memory: string | null = null;
  const readRaw = () => {
    const store = storage();
    return store ? store.getItem(key) : memory;
  };
  const get = (): T => {
    const raw = readRaw();
    if (cached && cached.raw === raw) return cached.value;
    let parsed: unknown = null;
    try {
      parsed = raw === null ? null : JSON.parse(raw);
    } catch {
      parsed = null;
    }
    cached = { raw, value: parse(parsed) };
    return cached.value;
  };
  const notify = () => listeners.forEach((listener) => listener());
  const set = (value: T | null) => {
    const raw = value === null ? null : JSON.stringify(value);
    const store = storage();
    try {
      if (raw === null) store?.removeItem(key);
      else store?.setItem(key, raw);
    } catch {
      // Full or blocked storage: keep the value for this page at least.
    }
    memory = raw;
    notify();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  };
  return { get, set, use: () => useSyncExternalStore(subscribe, get, get) };
}
