/** Public surface of the analysis engine (pure: no vscode, no LSP, no fs). */
export { ClaimEngine, layerLintConfig, summarize } from './engine';
export type { LintConfig, ClaimRecord, HoverInfo, AttributionSummary, EngineOptions } from './engine';
export { DEFAULT_ALIASES, NO_WORKSPACE_NAMES, type WorkspaceNames } from './lexicon/aliases';
export { relate, findConflict, sameInstance, wordDiff, THRESHOLDS, similarity, contextSimilarity, pairContext, sameClaimScore, sameClaimEvidence, sameEventScore, eventEvidence, oneClaim } from './crossdoc/relate';
export { SAME_EVENT_WEIGHTS, EVENT_WEIGHTS } from './crossdoc/sameevent-weights';
export { sameEventFeatures, SAME_EVENT_FEATURES, EVENT_FEATURES, eventFeatures, participantsDiffer } from './crossdoc/sameevent';
export { signatures, type ClaimSignature } from './crossdoc/signature';
export { ClaimIndex, CANDIDATES, CONFLICT_CANDIDATES } from './crossdoc/index';
export { encodeSignatures, decodeSignatures } from './crossdoc/serialize';
export { Aliases } from './crossdoc/normalize';
export { analyzeText, isLinted } from './analyze';
export type { DocumentAnalysis, Sentence } from './analyze';
export { RULES, ruleById } from './rules/registry';
export { docsUrl } from './rules/rule';
export type { Rule } from './rules/rule';
export { LineIndex } from './text/lines';
export type { Position } from './text/lines';
export * from './types';
