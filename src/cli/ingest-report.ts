import type { IngestProgress, IngestSummary } from '../ingest/summary.ts';

/** A one-line progress bar redrawn in place on a terminal (stderr, so stdout stays the summary). */
export function progressBar(stream: NodeJS.WriteStream, started = Date.now()): (p: IngestProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    const finished = p.total !== null && p.done >= p.total;
    if (now - last < 100 && !finished) return;
    last = now;
    const rate = p.done / Math.max(0.001, (now - started) / 1000);
    const width = 30;
    const share = p.total ? Math.min(1, p.done / p.total) : 0;
    const bar = p.total ? `[${'#'.repeat(Math.round(share * width)).padEnd(width, '.')}] ` : '';
    const count = p.total ? `${p.done}/${p.total}` : `${p.done}`;
    const failed = p.failed ? `, ${p.failed} failed` : '';
    stream.write(`\r${bar}${count} articles, ${rate.toFixed(0)}/s${failed}\x1b[K`);
    if (finished) stream.write('\n');
  };
}

/** The end-of-run summary: articles by outcome, graph changes from the query counters, failures. */
export function formatSummary(s: IngestSummary): string {
  const seconds = s.elapsedMs / 1000;
  const written = s.created + s.replaced;
  const c = s.counters;
  const lines = [
    `Ingested ${s.inputs} inputs in ${seconds.toFixed(1)} s (${(s.inputs / Math.max(seconds, 0.001)).toFixed(0)} articles/s): ` +
      `${s.created} new, ${s.replaced} replaced, ${s.unchanged} unchanged, ${s.failed} failed.`,
    `Graph: ${c.nodesCreated} nodes and ${c.relationshipsCreated} relationships created` +
      (c.nodesDeleted || c.relationshipsDeleted
        ? `; ${c.nodesDeleted} nodes and ${c.relationshipsDeleted} relationships of replaced articles removed.`
        : '.') +
      (written ? ` Extraction took ${(s.extractMs / written).toFixed(1)} ms per article.` : ''),
  ];
  if (s.failures.length > 0) {
    lines.push(`Failures (${s.failures.length}):`);
    for (const f of s.failures) lines.push(`  ${f.where}: ${f.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
