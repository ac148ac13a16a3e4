export { createPipeline, hasFailed, type Pipeline } from './pipeline.js';
