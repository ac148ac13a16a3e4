import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { describe, expect, it } from 'vitest';
import type { SourceItem } from '../../core/ports.js';
import { createFileSource } from './file-source.js';

async function record(url: string, contentType: string, body: string, gzip = true): Promise<Uint8Array> {
  async function* content() {
    yield new TextEncoder().encode(body);
  }
  const warc = await WARCRecord.create(
    {
      url,
      date: '2024-03-23T10:00:00Z',
      type: 'response',
      warcVersion: 'WARC/1.1',
      httpHeaders: { 'Content-Type': contentType },
    },
    content(),
  );
  return WARCSerializer.serialize(warc, { gzip });
}

describe('web archives', () => {
  it('yield the HTML and text responses of a .warc.gz and pass over the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-warc-'));
    const parts = await Promise.all([
      record('http://news.example/a', 'text/html; charset=utf-8', '<p>مقال</p>'),
      record('http://news.example/logo.png', 'image/png', 'PNG'),
      record('http://news.example/b.txt', 'text/plain', 'plain'),
    ]);
    writeFileSync(join(dir, 'crawl.warc.gz'), Buffer.concat(parts));
    const items: SourceItem[] = [];
    for await (const item of createFileSource([dir], { maxBytes: 1e6 }).items()) items.push(item);
    expect(items.map((i) => i.source.split('#')[1])).toEqual([
      'http://news.example/a',
      'http://news.example/b.txt',
    ]);
    expect(new TextDecoder().decode(items[0].raw?.bytes)).toBe('<p>مقال</p>');
    expect(items[0].raw).toMatchObject({
      format: 'html',
      charset: 'utf-8',
      hints: { url: 'http://news.example/a' },
    });
  });

  it('end at the end of an archive cut short inside a record it passes over', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-warc-'));
    const whole = await record('http://news.example/c', 'text/html', '<p>first page</p>', false);
    const picture = await record('http://news.example/map.png', 'image/png', 'P'.repeat(4000), false);
    writeFileSync(join(dir, 'partial.warc'), Buffer.concat([whole, picture.subarray(0, 600)]));
    const items: SourceItem[] = [];
    for await (const item of createFileSource([dir], { maxBytes: 1e6 }).items()) items.push(item);
    expect(items.map((i) => i.source.split('#')[1])).toEqual(['http://news.example/c']);
  }, 10_000);

  it('warn, naming the archive and the record, when the archive ends inside a page it reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-warc-'));
    const first = await record(
      'http://news.example/d',
      'text/html',
      '<p>The bridge reopened today.</p>',
      false,
    );
    const body = `<p>${'The market stayed shut while the council met. '.repeat(40)}</p>`;
    const second = await record('http://news.example/e', 'text/html', body, false);
    writeFileSync(join(dir, 'cut.warc'), Buffer.concat([first, second.subarray(0, second.length - 700)]));
    const items: SourceItem[] = [];
    for await (const item of createFileSource([dir], { maxBytes: 1e6 }).items()) items.push(item);
    expect(items.map((i) => i.source.split('#')[1])).toEqual([
      'http://news.example/d',
      'http://news.example/e',
    ]);
    expect(items[0].raw?.notes).toBeUndefined();
    const [note] = items[1].raw?.notes ?? [];
    expect(note).toMatchObject({ code: 'INPUT_TRUNCATED', severity: 'warning' });
    expect(note.message).toMatch(
      /cut\.warc#http:\/\/news\.example\/e: record 2 of the archive is cut short \(\d+ of its \d+ bytes/,
    );
  });

  it('name a compressed archive cut inside a record it cannot read, after the records it could', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'marsad-warc-'));
    const first = await record('http://news.example/f', 'text/html', '<p>The ferry left on time.</p>');
    const second = await record('http://news.example/g', 'text/html', '<p>The school term began.</p>');
    writeFileSync(join(dir, 'cut.warc.gz'), Buffer.concat([first, second.subarray(0, second.length - 40)]));
    const items: SourceItem[] = [];
    for await (const item of createFileSource([dir], { maxBytes: 1e6 }).items()) items.push(item);
    expect(items[0].raw?.notes).toBeUndefined();
    expect(items[1].error?.code).toBe('INPUT_TRUNCATED');
    expect(items[1].error?.message).toMatch(
      /cut\.warc\.gz: the archive is cut short inside the record after record 1/,
    );
  });
});
