import type { Evidenced, Span } from './span.js';
import type { EventType, SubEventType } from './taxonomy.js';

/** Why a part of the text is not article body. */
export type RemovedKind =
  'promo' | 'related-links' | 'author-bio' | 'byline' | 'share-widget' | 'caption' | 'other';

export interface RemovedSpan {
  span: Span;
  kind: RemovedKind;
  /** Which rule removed it, for the reader who disagrees. */
  reason: string;
}

export type Genre = 'news' | 'opinion' | 'analysis' | 'other';

/** A metadata value and where it came from: a span of the text, or a named outside source. */
export interface SourcedValue<T> {
  value: T;
  spans: Span[];
  /** e.g. 'text', 'removed:promo', 'sidecar', 'json-ld', 'meta' */
  from: string;
}

/** What the raw input says about itself before any stage looks at the text. */
export interface InputHints {
  title?: string;
  url?: string;
  published?: string;
  author?: string;
  publisher?: string;
  language?: string;
  /**
   * When the text was retrieved (a crawl or scrape date). Not a publication date: used in its place only when
   * nothing else dates the article, so that "yesterday" still resolves, and marked `from: 'retrieved'`.
   */
  retrieved?: string;
}

/** Bytes as they arrived, with what the source adapter knows about them. */
export interface RawInput {
  bytes: Uint8Array;
  /** 'text' | 'html' as decided by the source from the name or media type; 'auto' to sniff. JSON is unpacked by the source. */
  format: 'text' | 'html' | 'auto';
  /** A charset the transport declared (HTTP header), if any. */
  charset?: string;
  hints: InputHints;
  /**
   * What the source found amiss while reading the input (an archive record cut short, a page stood in for by
   * the feed's own text): they open the article's diagnostics, so the reader of the output sees them too.
   */
  notes?: Diagnostic[];
}

export interface Sentence {
  span: Span;
}

export type EntityKind =
  | 'country'
  | 'region'
  | 'city'
  | 'district'
  | 'site'
  | 'person'
  | 'state-forces'
  | 'armed-group'
  | 'party'
  | 'igo'
  | 'media'
  | 'organisation'
  | 'group';

/** A name in the text resolved to a knowledge-base entity. */
export interface Mention {
  span: Span;
  entity_id: string;
  kind: EntityKind;
  /** The English canonical name of the entity. */
  name: string;
  /** How the text refers to it: the name itself, a demonym ("Russian"), or an alias. */
  via: 'name' | 'alias' | 'demonym';
  score: number;
  /** For places: what the event layer needs to geocode without asking the knowledge base again. */
  place?: {
    country: string | null;
    lat: number | null;
    lon: number | null;
    precision: PlaceRef['precision'];
    /** English name of the first-level region holding the place, when known. */
    admin1?: string | null;
    /** The town a district or neighbourhood lies in ("Mezzeh" in Damascus), when the base knows it. */
    city?: { name: string; entity_id: string; lat: number | null; lon: number | null } | null;
  };
  /**
   * For actors: the state an actor belongs to (forces, leaders) or operates in; the group it is a branch of,
   * or whose leader a person is, with its English name ("fighters loyal to" a leader are that group's).
   */
  actor?: { country: string | null; parent_id: string | null; parent_name?: string | null };
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface TimeExpression {
  span: Span;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when it cannot be resolved (no reference date). */
  value: string | null;
  /** For ranges: the last day/month/year covered. */
  end?: string;
  precision: DatePrecision;
  /** How it was resolved, e.g. 'weekday before publication date'. */
  reason: string;
}

export type Qualifier = 'exact' | 'at_least' | 'about' | 'at_most';

export interface Quantity {
  span: Span;
  value: number | null;
  /** For vague amounts ("dozens", "عشرات") value is null and vague names the word class. */
  vague?: 'dozens' | 'hundreds' | 'thousands' | 'several';
  qualifier: Qualifier;
  /** For ranges ("10 to 15", "بين 10 و15"): the upper bound; `value` holds the lower one. */
  upper?: number;
  /**
   * What happened to the counted people when the text ties the number to it:
   * "12 killed", "قتل 12 شخصا", "12 قتيلا" → killed; "جرح 5", "5 wounded" → injured.
   */
  role?: 'killed' | 'injured' | 'arrested' | 'abducted';
  /**
   * Who was counted, as an English word when the text says it:
   * people, civilians, soldiers, police, militants, children, women, protesters, attackers.
   */
  noun?: string;
  /** Span of the words that give the role and/or noun. */
  nounSpan?: Span;
}

export interface PlaceRef {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  precision: 'site' | 'town' | 'district' | 'region' | 'country';
  entity_id: string | null;
  spans: Span[];
  /**
   * The neighbourhood the text names inside the town `name` ("Mezzeh" in Damascus): an incident is told at
   * its town, as the annotation conventions and ACLED do, and the finer place is kept here (its
   * coordinates are the record's). For a province the base knows, the district or area of it the text names
   * and the base does not ("the Gero area of Ghazni Province").
   */
  district?: { name: string; entity_id: string | null };
}

export interface ActorRef {
  name: string;
  entity_id: string | null;
  spans: Span[];
  /**
   * Present when no words of the text name the side: `people harmed` for the people an act killed or hurt
   * ("nine people were killed") whose clause and story name no target, taken to be civilians; spans are the
   * counted words. A side named in another telling of the incident takes its place.
   */
  basis?: 'people harmed';
}

export interface CountRef {
  value: number;
  qualifier: Qualifier;
  spans: Span[];
}

export interface DateRef {
  value: string;
  precision: DatePrecision;
  spans: Span[];
  /**
   * Where the date comes from when no words of the incident give it: the article's publication date
   * (its spans are the dateline's, or none when the date came with the input), the date of an incident
   * told just before, or the day the report's lead gives its news (a dateline report's first sentence,
   * "yesterday" in another's first paragraph). `retrieval date` in place of `publication date` when the
   * article carries no date and the one it has is when it was crawled: the incident happened then or before,
   * maybe weeks before. Absent when the spans are the incident's own time expression.
   */
  basis?: 'publication date' | 'retrieval date' | 'preceding incident' | 'report lead' | 'days before told';
}

export interface EventRecord {
  /** Stable within the document: derived from the article id and the event's first evidence span. */
  id: string;
  event_type: Evidenced<EventType> | null;
  sub_event_type: Evidenced<SubEventType> | null;
  date: DateRef | null;
  timing: Evidenced<'current' | 'historical'> | null;
  location: PlaceRef | null;
  actor1: ActorRef | null;
  actor2: ActorRef | null;
  claimed_by: ActorRef | null;
  fatalities: CountRef | null;
  injuries: CountRef | null;
  /** Spans of the sentences that tell this incident. */
  evidence: Span[];
  confidence: number;
}

export interface Diagnostic {
  code: string;
  message: string;
  severity: 'info' | 'warning' | 'error';
  span?: Span;
}

/** A normalised view of the text for matching, with a map back to original offsets. */
export interface NormalizedView {
  text: string;
  /** toOriginal[i] is the original offset of normalised code unit i; length is text.length + 1. */
  toOriginal: Int32Array;
}

/** A token of the text, with its normalised form and (for Arabic) the clitics split off. */
export interface Token {
  span: Span;
  /** Normalised surface form. */
  norm: string;
  /** Normalised stem with proclitics (و ف ب ك ل ال …) and enclitic pronouns removed; equals norm otherwise. */
  stem: string;
  /** Offset of the stem within the original text. */
  stemSpan: Span;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** `[start, end)` of the token in the normalised view, when the language stage built it. */
  viewStart?: number;
  viewEnd?: number;
  /** The notes of the token's written word, shared by every token of that word (see `WordNotes`). */
  word?: WordNotes;
}

/**
 * What later stages note about one distinct written word, one object shared by all its tokens in every
 * article. A stage that reads every word of an article keeps its per-word result here instead of looking
 * the word up in a memo of its own: the first look-up of a word in a vocabulary-sized memo waits on
 * memory, and the language stage has already paid that wait for each word of the article.
 *
 * @example
 * const notes: WordNotes = { nameTrie: undefined, nameReadings: undefined };
 */
export interface WordNotes {
  /** The knowledge matcher's readings of the word (its own type), and the trie they were read against. */
  nameTrie: object | undefined;
  nameReadings: unknown;
  /**
   * The extract stage's lexicon words of the word (`tokenKeys`), and how many lexicon words were numbered
   * when they were read: a lexicon built later may number more, and the words are then read again.
   */
  lexiconWords?: readonly number[];
  lexiconWordsOf?: number;
}

/**
 * The document that flows through the pipeline. Each stage adds the fields it declares in `writes`.
 * Fields in snake_case are part of the `marsad/1` output; `views` are working annotations, not output.
 */
export interface Document {
  source: string;
  raw?: RawInput;
  /** sha256 of the decoded text: the identity used to store nothing twice. */
  content_hash?: string;
  text?: string;
  /** The input as decoded, before any cleaning: `source` is the decoded text or HTML. */
  markup?: { format: 'text' | 'html'; source: string };
  /**
   * For HTML input (written by clean): where `text` came from in `markup.source`, as pairs
   * (text offset, source offset). A text offset t maps to s_i + (t - t_i) for the last pair with t_i <= t.
   * Absent for plain text, whose `text` is `markup.source` itself.
   */
  sourceMap?: Int32Array;
  body?: Span;
  removed?: RemovedSpan[];
  language?: string;
  title?: SourcedValue<string> | null;
  author?: SourcedValue<string> | null;
  publisher?: SourcedValue<string> | null;
  published?: SourcedValue<string> | null;
  url?: string | null;
  genre?: SourcedValue<Genre>;
  sentences?: Sentence[];
  tokens?: Token[];
  normalized?: NormalizedView;
  mentions?: Mention[];
  times?: TimeExpression[];
  quantities?: Quantity[];
  events?: EventRecord[];
  diagnostics: Diagnostic[];
}

export type DocumentField = Exclude<keyof Document, 'diagnostics'>;
