import type { WriteCounters } from '../graph/write-counters.ts';

/** One article (or input) that could not be ingested: where it came from and why. */
export interface IngestFailure {
  /** File, `file:line` (JSONL) or `file[i]` (JSON array). */
  where: string;
  reason: string;
}

export interface IngestProgress {
  done: number;
  /** Known when the caller listed the inputs first. */
  total: number | null;
  failed: number;
}

export interface IngestSummary {
  /** Inputs seen: articles read plus inputs that failed to read. */
  inputs: number;
  created: number;
  replaced: number;
  unchanged: number;
  failed: number;
  counters: WriteCounters;
  failures: IngestFailure[];
  /** Transactions the driver ran again after a transient error (deadlock, lock timeout). */
  retried: number;
  elapsedMs: number;
  /** Time spent in extraction (CPU), summed over articles. */
  extractMs: number;
}
