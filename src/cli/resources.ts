import { performance } from 'node:perf_hooks';
import type { Resources } from '../extract/pipeline.ts';
import { loadGazetteer } from '../gazetteer/load.ts';

/** The extractor's resources, loaded once per process, and how long the load took. */
export interface LoadedResources {
  resources: Resources;
  loadMs: number;
}

/** Loads the gazetteer (the extractor's only data) once; every command and the bench share this. */
export function loadResources(): LoadedResources {
  const started = performance.now();
  const gazetteer = loadGazetteer();
  return { resources: { gazetteer }, loadMs: performance.now() - started };
}
