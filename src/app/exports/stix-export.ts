import type { ArticleOutput, StoredEvent } from '../../core/article-output.js';
import type { ActorRef, PlaceRef } from '../../core/records.js';
import { sourceLabel } from '../../core/source-label.js';
import { evidenceTexts, type ArticleLookup } from './article-lookup.js';
import {
  EVENT_EXTENSION_ID,
  eventExtension,
  extensionDefinition,
  reportExtension,
} from './stix-extension.js';
import { stixId } from './stix-ids.js';
import type { PublishedFrom } from './stix-extension.js';

type StixObject = Record<string, unknown> & { id: string };

const MARSAD_IDENTITY = stixId('identity', 'marsad');
/**
 * When marsad's own identity and its knowledge objects (places, actors: ids made from their names) were
 * first defined. STIX forbids a `created` that changes between versions of one id, and these ids recur in
 * every export, so their `created` is this fixed instant, never the time of an export.
 */
const KNOWLEDGE_CREATED = '2026-11-29T16:27:26.000Z';
// Kinds of the knowledge base that STIX models as identities, and their identity_class.
const IDENTITY_CLASS: Record<string, string> = { person: 'individual', group: 'group' };

/**
 * A STIX 2.1 bundle: per event an `incident` carrying marsad's extension, a `location`, the actors
 * (armed groups as `threat-actor`, branches of a group as `intrusion-set`, everyone else as `identity`)
 * and the relationships between them; per article a `report` referring to all of it. Objects are written
 * as they are made, reports last, so an export of any size holds only ids in memory, never the bundle.
 *
 * @example for await (const chunk of stixExport(events, lookup, () => new Date())) out.write(chunk);
 */
export async function* stixExport(
  events: AsyncIterable<StoredEvent>,
  articles: ArticleLookup,
  now: () => Date = () => new Date(),
): AsyncIterable<string> {
  const stamp = now().toISOString();
  const bundle = new BundleWriter(stamp);
  yield `{"type":"bundle","id":"${stixId('bundle', stamp)}","objects":[\n`;
  yield bundle.drain();
  for await (const event of events) {
    bundle.addEvent(event, await articles(event.article_id));
    yield bundle.drain();
  }
  bundle.addReports();
  yield `${bundle.drain()}\n]}\n`;
}

interface ReportDraft {
  name: string;
  /** The article's date and where it came from (`retrieved`: the day it was fetched, not published). */
  published: { value: string; from: string | null } | null;
  /** When marsad stored the article: what dates a report whose article carries no date of its own. */
  stored: string | null;
  language: string | null;
  url: string | null;
  refs: Set<string>;
}

/** The `created` and `modified` times an object is written with. */
interface Versions {
  created: string;
  modified: string;
}

/** The times of an object made at `instant` and never changed since: its one version. */
const madeAt = (instant: string): Versions => ({ created: instant, modified: instant });

/**
 * How far (STIX `precision`, in metres) the event may lie from a place's point: the knowledge base gives a
 * town, a district or a region as its centre, so the point says where in some kilometres, not where exactly.
 */
const POINT_PRECISION_METRES: Record<Exclude<PlaceRef['precision'], 'country'>, number> = {
  site: 1_000,
  district: 5_000,
  town: 10_000,
  region: 100_000,
};

class BundleWriter {
  private readonly written = new Set<string>();
  private readonly reports = new Map<string, ReportDraft>();
  private pending: string[] = [];

  constructor(private readonly stamp: string) {
    const marsad = {
      type: 'identity',
      id: MARSAD_IDENTITY,
      name: 'marsad',
      identity_class: 'system',
      description:
        'Events extracted from news articles by marsad, each field with the text that supports it.',
    };
    this.add(madeAt(KNOWLEDGE_CREATED), marsad);
    const definition = extensionDefinition(MARSAD_IDENTITY);
    this.add({ created: definition.created, modified: definition.modified }, definition);
  }

  addEvent(e: StoredEvent, article: ArticleOutput | null): void {
    const refs = this.reportOf(e, article);
    // An event (its incident and relationships) is made once, when marsad stores it: that instant dates it
    // in every export. Only a database written before stored_at was kept leaves the export's time.
    const made = madeAt(instantOf(e.stored_at) ?? this.stamp);
    const incident = this.add(made, {
      type: 'incident',
      id: stixId('incident', e.id),
      created_by_ref: MARSAD_IDENTITY,
      name: incidentName(e),
      description: evidenceTexts(article, e.evidence).join(' … ') || undefined,
      confidence: Math.round(e.confidence * 100),
      lang: e.language ?? undefined,
      external_references: [{ source_name: 'marsad', external_id: e.id }],
      extensions: { [EVENT_EXTENSION_ID]: eventExtension(e, article) },
    });
    refs.add(incident);
    const place = e.location ? this.location(e.location, article) : null;
    if (place) refs.add(place).add(this.relate(made, incident, 'located-at', place));
    const links: Array<[ActorRef | null, string]> = [
      [e.actor1, 'attributed-to'],
      [e.claimed_by, 'claimed-by'],
      [e.actor2, 'targets'],
    ];
    for (const [actor, relation] of links) {
      if (!actor) continue;
      const ref = this.actor(actor, article);
      refs.add(ref).add(this.relate(made, incident, relation, ref));
    }
  }

  addReports(): void {
    for (const [articleId, report] of this.reports) {
      const dated = reportDate(report, this.stamp);
      // A report is made when marsad stored its article; from a database that did not keep that, at the export.
      this.add(madeAt(report.stored ?? this.stamp), {
        type: 'report',
        id: stixId('report', articleId),
        created_by_ref: MARSAD_IDENTITY,
        name: report.name,
        description: UNDATED_NOTE[dated.from],
        published: dated.published,
        report_types: ['threat-report'],
        lang: report.language ?? undefined,
        object_refs: [...report.refs],
        external_references: [
          { source_name: 'marsad', external_id: articleId, ...(report.url ? { url: report.url } : {}) },
        ],
        extensions: { [EVENT_EXTENSION_ID]: reportExtension(articleId, dated.from) },
      });
    }
  }

  /** The objects made since the last call, as JSON array elements. */
  drain(): string {
    const chunk = this.pending.join(',\n');
    const separated = chunk && this.written.size > this.pending.length ? `,\n${chunk}` : chunk;
    this.pending = [];
    return separated;
  }

  private reportOf(e: StoredEvent, article: ArticleOutput | null): Set<string> {
    let report = this.reports.get(e.article_id);
    if (!report) {
      report = {
        name: cleanTitle(article?.title?.value) ?? sourceLabel(article?.url, e.source),
        published:
          article?.published ?? (e.published ? { value: e.published, from: e.published_from ?? null } : null),
        stored: instantOf(e.stored_at),
        language: article?.language ?? null,
        url: article?.url ?? null,
        refs: new Set(),
      };
      this.reports.set(e.article_id, report);
    }
    return report.refs;
  }

  private location(place: PlaceRef, article: ArticleOutput | null): string | null {
    // A country's point is its capital: given as coordinates it would put every event known only to the
    // country on the capital's map pin, so a country-wide place is its country code alone.
    const precision = place.precision === 'country' ? undefined : POINT_PRECISION_METRES[place.precision];
    const hasPoint = precision !== undefined && place.lat !== null && place.lon !== null;
    // A STIX location needs a region, a country or coordinates.
    if (!hasPoint && !place.country) return null;
    const admin1 = article?.mentions.find((m) => m.entity_id === place.entity_id && m.place)?.place?.admin1;
    return this.addKnown({
      type: 'location',
      id: stixId('location', place.entity_id ?? `${place.name}|${place.country}|${place.lat}|${place.lon}`),
      name: place.name,
      country: place.country ?? undefined,
      administrative_area: admin1 ?? (place.precision === 'region' ? place.name : undefined),
      city: place.precision === 'town' ? place.name : undefined,
      latitude: hasPoint ? place.lat : undefined,
      longitude: hasPoint ? place.lon : undefined,
      precision: hasPoint ? precision : undefined,
    });
  }

  private actor(actor: ActorRef, article: ArticleOutput | null): string {
    const mention = actor.entity_id
      ? article?.mentions.find((m) => m.entity_id === actor.entity_id)
      : undefined;
    // The name, not the entity id: one generic entity (rioters, protesters) is named per country —
    // "Protesters (Egypt)", "Protesters (Tunisia)" — and each is its own STIX object.
    const key = actor.name;
    const common = { name: actor.name, created_by_ref: MARSAD_IDENTITY };
    if (mention?.kind === 'armed-group') {
      // A group that belongs to another (a province of a larger organisation) is an intrusion set.
      return mention.actor?.parent_id
        ? this.addKnown({ type: 'intrusion-set', id: stixId('intrusion-set', key), ...common })
        : this.addKnown({ type: 'threat-actor', id: stixId('threat-actor', key), ...common });
    }
    const identityClass = IDENTITY_CLASS[mention?.kind ?? 'group'] ?? 'organization';
    return this.addKnown({
      type: 'identity',
      id: stixId('identity', key),
      identity_class: identityClass,
      ...common,
    });
  }

  /** A relationship of the incident `source`, made when the incident was (`made`). */
  private relate(made: Versions, source: string, relation: string, target: string): string {
    return this.add(made, {
      type: 'relationship',
      id: stixId('relationship', `${source}|${relation}|${target}`),
      created_by_ref: MARSAD_IDENTITY,
      relationship_type: relation,
      source_ref: source,
      target_ref: target,
    });
  }

  /**
   * A place or an actor: what the knowledge base says of it may change between exports, so each export is a
   * new version of it (`modified`), of an object whose `created` never moves.
   */
  private addKnown(object: StixObject): string {
    // A clock set before that instant still may not date a version before its creation.
    const modified = this.stamp > KNOWLEDGE_CREATED ? this.stamp : KNOWLEDGE_CREATED;
    return this.add({ created: KNOWLEDGE_CREATED, modified }, object);
  }

  /** Writes an object once (ids are name-based) with the common properties and its times; returns its id. */
  private add(versions: Versions, object: StixObject): string {
    if (!this.written.has(object.id)) {
      this.written.add(object.id);
      const defined = Object.entries(object).filter(([, v]) => v !== undefined);
      const common = { type: object.type, spec_version: '2.1', id: object.id, ...versions };
      this.pending.push(JSON.stringify({ ...common, ...Object.fromEntries(defined) }));
    }
    return object.id;
  }
}

function incidentName(e: StoredEvent): string {
  const what = e.sub_event_type?.value ?? e.event_type?.value ?? 'Event';
  const where = e.location ? ` in ${e.location.name}` : '';
  const when = e.date ? ` on ${e.date.value}` : '';
  return `${what}${where}${when}`;
}

// A title as pages give it can carry line breaks and runs of spaces (a heading split over lines); a name is one line.
const cleanTitle = (title: string | null | undefined): string | null =>
  title?.replace(/\s+/g, ' ').trim() || null;

/**
 * What `published` holds for an article: STIX requires the property, so an article that carries no date
 * gets the day it was retrieved, when it came with one, else the time marsad stored it — or, from a database
 * that did not keep that, the time of the export — and says so, rather than passing any off as a publication
 * date.
 */
function reportDate(report: ReportDraft, exported: string): { published: string; from: PublishedFrom } {
  const published = timestampOf(report.published?.value);
  // The clean stage dates an undated article by its retrieval date in the last resort, marked `retrieved`.
  if (published) return { published, from: report.published?.from === 'retrieved' ? 'retrieved' : 'article' };
  return report.stored
    ? { published: report.stored, from: 'stored' }
    : { published: exported, from: 'exported' };
}

const UNDATED_NOTE: Record<PublishedFrom, string | undefined> = {
  article: undefined,
  retrieved:
    'The article carries no publication date: `published` is the day it was retrieved (it was published then or earlier).',
  stored: 'The article carries no publication date: `published` is when marsad stored it.',
  exported: 'The article carries no publication date: `published` is when marsad exported it.',
};

/** A stored instant as a STIX timestamp (UTC, milliseconds), or null when there is none or it does not parse. */
function instantOf(stored: string | undefined): string | null {
  const time = stored ? Date.parse(stored) : NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** A STIX timestamp (UTC, milliseconds) for a date of any precision, or null. */
function timestampOf(date: string | null | undefined): string | null {
  const match = date?.match(/^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/);
  if (!match) return null;
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}T00:00:00.000Z`;
}
