import { type NodeGCPerformanceDetail, type PerformanceEntry, PerformanceObserver, constants } from 'node:perf_hooks';

/** Garbage-collection time and full (mark-compact) collections while a tally is open. */
export interface GcTally {
  /** Time in collections, ms: V8's pauses, incremental marking steps included. */
  readonly ms: number;
  readonly fullCollections: number;
}

/** Counts the main thread's garbage collections until `stop()`. */
export function startGcTally(): { stop(): Promise<GcTally> } {
  let ms = 0;
  let fullCollections = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      ms += entry.duration;
      const detail = (entry as PerformanceEntry & { detail?: NodeGCPerformanceDetail }).detail;
      if (detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) fullCollections++;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    async stop() {
      // Entries are delivered asynchronously: let the last ones arrive.
      await new Promise((resolve) => setImmediate(resolve));
      observer.disconnect();
      return { ms, fullCollections };
    },
  };
}
