import { describe, expect, it } from 'vitest';
import { isFeedDocument, xmlProblem } from './feed-items.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('feed documents', () => {
  it('are told by their root or XML declaration, after a BOM and white space', () => {
    expect(isFeedDocument(bytes('\uFEFF\n <feed xmlns="http://www.w3.org/2005/Atom">'))).toBe(true);
    expect(isFeedDocument(bytes('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'))).toBe(
      true,
    );
    expect(isFeedDocument(bytes('<?xml version="1.0"?><!-- a sitemap? --><urlset>'))).toBe(true);
    expect(isFeedDocument(bytes('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'))).toBe(
      false,
    );
    expect(isFeedDocument(bytes('The <rss> element, a reporter writes, is old.'))).toBe(false);
    expect(isFeedDocument(bytes('<p>A feed of news</p>'))).toBe(false);
  });

  it('are malformed when a tag closes the wrong element, closes nothing, or is left open', () => {
    expect(xmlProblem('<rss><channel><![CDATA[<b>]]><!-- <i> --><item/></channel></rss>')).toBeNull();
    expect(xmlProblem('<rss><channel><title a="x>y">T</channel></rss>')).toBe(
      '</channel> where </title> should be',
    );
    expect(xmlProblem('<rss></rss></rss>')).toBe('</rss> closes nothing');
    expect(xmlProblem('<rss><channel><item>')).toBe('it ends inside <item>');
  });
});
