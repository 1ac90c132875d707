import { performance } from 'node:perf_hooks';
import type { Resources } from '../extract/pipeline.ts';
import { loadGazetteer } from '../gazetteer/load.ts';
import { EVENT_KEEP_MODEL } from '../extract/events/keep-weights.ts';
import { FIGURE_CHOICE_MODELS } from '../extract/events/figure-choice-weights.ts';
import { ORG_CHOICE_MODEL } from '../extract/entities/org-choice-weights.ts';
import { SPEAKER_CHOICE_MODEL } from '../extract/statements/speaker-choice-weights.ts';

/** The extractor's resources, loaded once per process, and how long the load took. */
export interface LoadedResources {
  resources: Resources;
  loadMs: number;
}

/**
 * Loads the gazetteer (the extractor's only data) once; every command and the bench share this. The
 * learned event layer (docs/events.md) is off unless `learnedEvents`: on the validation articles it did
 * not help (`eval --learned-events` measures it).
 */
export function loadResources(options: { learnedEvents?: boolean; learnedFigures?: boolean; learnedOrgs?: boolean; learnedSpeakers?: boolean } = {}): LoadedResources {
  const started = performance.now();
  const gazetteer = loadGazetteer();
  const resources: Resources = options.learnedEvents ? { gazetteer, eventModel: EVENT_KEEP_MODEL } : { gazetteer };
  // the learned figure and date choice (docs/events.md, round 6): off, it did not beat the rules on unseen articles
  if (options.learnedFigures) resources.figureModel = FIGURE_CHOICE_MODELS;
  // the learned organisation choice (docs/extractor.md, round 6): off unless asked
  if (options.learnedOrgs) resources.orgChoiceModel = ORG_CHOICE_MODEL;
  // the learned speaker choice (docs/extractor.md, round 6): off, it did not beat the rules on unseen articles
  if (options.learnedSpeakers) resources.speakerModel = SPEAKER_CHOICE_MODEL;
  return { resources, loadMs: performance.now() - started };
}
