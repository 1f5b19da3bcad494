export * from './knowledge-base';
export * from './parse-knowledge-base';
export * from './schema';
export * from './vocabulary';
