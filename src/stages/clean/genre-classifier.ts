import type { Genre, RemovedSpan, SourcedValue } from '../../core/records.js';
import type { Span } from '../../core/span.js';

/** Section or title words that label a piece as opinion or analysis. */
const OPINION_LABEL =
  /(?:^|[\s/|:«"-])(?:رأي|الرأي|مقال|مقالات|أعمدة|كتاب وآراء|وجهة نظر|opinion|comment|commentary|op-ed|oped|editorial|column|columnists|viewpoint|perspective|Opinion(?=NewsArticle))(?:$|[\s/|:»".-]|NewsArticle)/i;
const ANALYSIS_LABEL =
  /(?:^|[\s/|:«"-])(?:تحليل|تحليل إخباري|قراءة في|analysis|explainer|news analysis|Analysis(?=NewsArticle))(?:$|[\s/|:»".-]|NewsArticle)/i;
/** A label opening a headline: "Opinion: …", "رأي | …". */
const TITLE_LABEL = /^\s*([^:|–—-]{2,20})\s*[:|–—-]/;
/**
 * Cue sets per script, so a text is searched only with the patterns of its own language (one pass each
 * instead of an alternation over both): first-person opinion language, advice and obligation (the
 * language of op-eds), and reporting verbs (the language of news).
 */
const CUES = {
  ar: {
    // … and the writer's own weighing of what is likely or true («الأرجح أن», «والحقيقة أن»).
    firstPerson:
      /(?:^|\s)(?:أعتقد|أظن|أرى أن|في رأيي|برأيي|في تقديري|أؤمن|نحن|إننا|علينا أن|قدرتنا|بلادنا|مجتمعنا|و?الأرجح أن|و?الحقيقة أن)(?=\s|[.،]|$)/g,
    normative: /(?:^|\s)(?:يجب على|ينبغي|من الأفضل|لا بد من|يتعين على)(?=\s)/g,
    reporting:
      /(?:^|\s)(?:و|ف)?(?:قال|قالت|أفاد|أفادت|أعلن|أعلنت|ذكر|ذكرت|أكد|أكدت|أوضح|أوضحت|وفق(?:ا|\u064B)* ل|بحسب)(?=\s)/g,
  },
  en: {
    firstPerson:
      /\b(?:I think|I believe|in my view|in my opinion|I would argue|we must|we need to|our (?:country|ability|society|leaders))\b/gi,
    normative: /\b(?:should|ought to|must now)\b/gi,
    reporting: /\b(?:said|told|reported|announced|according to|confirmed)\b/gi,
  },
} as const;

export interface GenreInput {
  text: string;
  body: Span;
  removed: readonly RemovedSpan[];
  /** Section, URL and schema type: where outlets label opinion pieces. */
  labels: string;
  title: string;
  hasDateline: boolean;
}

/**
 * Decides news, opinion or analysis from cues: labels in the title/section/URL, an author tagline or
 * book note (only columnists get them), first-person and normative language against reporting verbs.
 *
 * @example classifyGenre({ text, body, removed, labels: '/opinion/2024/x', title: 'T', hasDateline: false }).value // 'opinion'
 */
export function classifyGenre(input: GenreInput): SourcedValue<Genre> {
  const body = input.text.slice(input.body[0], input.body[1]);
  const bio = input.removed.find((r) => r.kind === 'author-bio');
  const lead = TITLE_LABEL.exec(input.title)?.[1] ?? '';
  if (ANALYSIS_LABEL.test(input.labels) || ANALYSIS_LABEL.test(lead))
    return { value: 'analysis', spans: [], from: 'labels' };
  if (OPINION_LABEL.test(input.labels) || OPINION_LABEL.test(lead))
    return { value: 'opinion', spans: [], from: 'labels' };
  const cues = /[\u0621-\u064A]/.test(body.slice(0, 400)) ? CUES.ar : CUES.en;
  const firstPerson = matchSpans(body, cues.firstPerson, input.body[0], MOST_SPANS);
  // Each cue list is read only as far as the verdict can use it (most bodies are news, and long): without
  // an author's note one first-person cue and every normative one reach 1.5, short of an opinion.
  const mayBeOpinion = bio !== undefined || firstPerson.length >= 2;
  const normative = mayBeOpinion ? matchSpans(body, cues.normative, input.body[0], MOST_SPANS) : [];
  const opinion = (bio ? 3 : 0) + Math.min(firstPerson.length, 3) + Math.min(normative.length, 2) * 0.5;
  // Reporting verbs are weighed against an opinion; short of one, a dateline or any reporting verb is news.
  const reportingRead = opinion >= 3 ? MOST_REPORTING : input.hasDateline ? 0 : 1;
  const reporting =
    reportingRead === 0 ? 0 : matchSpans(body, cues.reporting, input.body[0], reportingRead).length;
  const news = (input.hasDateline ? 3 : 0) + reporting * 0.5;
  if (opinion >= 3 && opinion > news) {
    const spans = [...(bio ? [bio.span] : []), ...firstPerson, ...normative].slice(0, MOST_SPANS);
    return { value: 'opinion', spans, from: bio ? 'removed:author-bio' : 'text' };
  }
  if (news > 0 || input.hasDateline) return { value: 'news', spans: [], from: 'text' };
  return { value: 'other', spans: [], from: 'text' };
}

/** The most cue spans an opinion is shown with; and the most reporting verbs that count towards news. */
const MOST_SPANS = 6;
const MOST_REPORTING = 6;

/** The first `limit` matches of `re` in `text`: the verdict reads no more, and a long body holds hundreds. */
function matchSpans(text: string, re: RegExp, offset: number, limit: number): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push([offset + m.index + lead, offset + m.index + m[0].length]);
    if (out.length === limit) break;
  }
  return out;
}
