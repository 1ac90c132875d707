import type { Plugin } from 'graphql-yoga';
import { costLimitRule, MAX_COST } from './cost.ts';
import { depthLimitRule, MAX_DEPTH } from './depth.ts';

/** Largest request body accepted: an ingested article may be up to 5 MB, plus the JSON around it. */
export const MAX_BODY_BYTES = 6 * 1024 * 1024;

/** Depth and cost limits as validation rules, so an expensive query is refused before it runs. */
export function useLimits(options: { maxDepth?: number; maxCost?: number } = {}): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(depthLimitRule(options.maxDepth ?? MAX_DEPTH));
      addValidationRule(costLimitRule(options.maxCost ?? MAX_COST));
    },
  };
}
