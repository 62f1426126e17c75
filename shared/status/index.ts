export * from './engine';
export * from './presentation';
export * from './rollup';
export * from './thresholds';
