export * from './common.ts';
export * from './diagnostic.ts';
export * from './entity.ts';
export * from './relation.ts';
export * from './article.ts';
export * from './gold.ts';
