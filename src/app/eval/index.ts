export {
  scoreEvents,
  prf,
  type EvalReport,
  type GoldArticle,
  type PredictedArticle,
} from './event-scorer.js';
export { formatReport } from './report-table.js';
export { readJsonLines } from './jsonl-reader.js';
export { evaluationMarsad, predictArticles } from './prediction-runner.js';
