import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isMarsadError } from '../../core/errors.js';
import type { Document, RawInput } from '../../core/records.js';
import { createIngestStage } from './index.js';

const ARABIC = 'قال مسؤولون إن الاشتباكات اندلعت في المدينة الليلة الماضية وأسفرت عن سقوط جرحى.';
const FRENCH = 'Les manifestants se sont rassemblés près de la préfecture, où la police a dispersé la foule.';

function ingest(bytes: Uint8Array, extra: Partial<RawInput> = {}): Document {
  const doc: Document = {
    source: 'in.txt',
    raw: { bytes, format: 'text', hints: {}, ...extra },
    diagnostics: [],
  };
  createIngestStage().run(doc, { referenceDate: null });
  return doc;
}

function errorCode(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return isMarsadError(e) ? e.code : 'other';
  }
}

const bom = (b: number[], body: Uint8Array) => new Uint8Array([...b, ...body]);

describe('the ingest stage', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(ARABIC), ARABIC],
    ['UTF-8 with a BOM', bom([0xef, 0xbb, 0xbf], new TextEncoder().encode(ARABIC)), ARABIC],
    ['windows-1256 undeclared', iconv.encode(ARABIC, 'windows-1256'), ARABIC],
    [
      'ISO-8859-6 undeclared',
      iconv.encode(ARABIC.replace(/[،.]/g, ''), 'iso-8859-6'),
      ARABIC.replace(/[،.]/g, ''),
    ],
    ['UTF-16LE with a BOM', bom([0xff, 0xfe], iconv.encode(ARABIC, 'utf-16le')), ARABIC],
    ['UTF-16BE with a BOM', bom([0xfe, 0xff], iconv.encode(ARABIC, 'utf-16be')), ARABIC],
    ['UTF-16LE without a BOM', iconv.encode(ARABIC, 'utf-16le'), ARABIC],
    ['UTF-16BE without a BOM', iconv.encode(FRENCH, 'utf-16be'), FRENCH],
    ['windows-1252 undeclared', iconv.encode(FRENCH, 'windows-1252'), FRENCH],
  ])('decodes %s', (_name, bytes, expected) => {
    expect(ingest(bytes).markup?.source).toBe(expected);
  });

  it('trusts a charset declared by the transport', () => {
    const doc = ingest(iconv.encode('Ça coûte très cher', 'iso-8859-15'), { charset: 'ISO-8859-15' });
    expect(doc.markup?.source).toBe('Ça coûte très cher');
  });

  it('reads windows-1256 bytes mislabelled as ISO-8859-6 as windows-1256', () => {
    const doc = ingest(iconv.encode(ARABIC, 'windows-1256'), { charset: 'iso-8859-6' });
    expect(doc.markup?.source).toBe(ARABIC);
  });

  it('reads UTF-8 bytes as UTF-8 even when a single-byte charset is declared', () => {
    expect(ingest(new TextEncoder().encode(ARABIC), { charset: 'windows-1256' }).markup?.source).toBe(ARABIC);
  });

  it('asks chardet last, for scripts the rules do not know', () => {
    const russian =
      'Демонстранты собрались у здания администрации и потребовали отставки губернатора области.';
    expect(ingest(iconv.encode(russian, 'windows-1251')).markup?.source).toBe(russian);
  });

  it('reads the charset an HTML page declares in a meta tag', () => {
    const html = `<html><head><meta charset="windows-1256"></head><body><p>${ARABIC}</p></body></html>`;
    const doc = ingest(iconv.encode(html, 'windows-1256'), { format: 'auto' });
    expect(doc.markup).toEqual({ format: 'html', source: html });
  });

  it('replaces invalid UTF-8 bytes with U+FFFD and says where in a warning', () => {
    const good = new TextEncoder().encode(ARABIC);
    const doc = ingest(new Uint8Array([...good.subarray(0, 10), 0xff, ...good.subarray(10)]));
    expect(doc.markup?.source.indexOf('\uFFFD')).toBe(5);
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'DECODE_REPLACED', span: [5, 6] })]);
    expect(doc.diagnostics[0].message).toContain('offsets 5');
  });

  it.each([
    ['a curly apostrophe', 'itâ€™s over', 'it’s over'],
    ['a no-break space', 'stories:Â\u00a0peace', 'stories:\u00a0peace'],
    ['a no-break space folded to a space', 'stories:Â peace', 'stories: peace'],
    ['a closing quote that lost its last byte', 'â€œyesâ€\uFFFD', '“yes”'],
    ['Arabic read as windows-1252', 'Ø§Ù„Ø®Ø¨Ø±', 'الخبر'],
    ['accented Latin', 'cafÃ© crÃ¨me', 'café crème'],
  ])('repairs mojibake: %s', (_name, input, expected) => {
    const doc = ingest(new TextEncoder().encode(input));
    expect(doc.markup?.source).toBe(expected);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['DECODE_REPAIRED']);
  });

  it('leaves genuine Latin-1 letters that do not spell UTF-8 alone', () => {
    expect(ingest(new TextEncoder().encode('Ã and São Paulo')).markup?.source).toBe('Ã and São Paulo');
  });

  it.each([
    ['a doctype', '<!DOCTYPE html><title>x</title>', 'html'],
    ['a fragment of paragraphs', '<div><p>One</p><p>Two</p></div>', 'html'],
    ['text that mentions a tag once', 'The <b> tag makes text bold, said nobody in the news.', 'text'],
  ])('sniffs the format of %s', (_name, input, format) => {
    expect(ingest(new TextEncoder().encode(input), { format: 'auto' }).markup?.format).toBe(format);
  });

  it('fingerprints the decoded text, not the bytes', () => {
    const a = ingest(new TextEncoder().encode(ARABIC));
    const b = ingest(iconv.encode(ARABIC, 'windows-1256'));
    expect(a.content_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.content_hash).toBe(b.content_hash);
  });

  it('fingerprints text behind a BOM or repaired mojibake as the text, not as its bytes', () => {
    const plain = ingest(new TextEncoder().encode('Talks resumed’s end'));
    expect(
      ingest(bom([0xef, 0xbb, 0xbf], new TextEncoder().encode('Talks resumed’s end'))).content_hash,
    ).toBe(plain.content_hash);
    expect(ingest(new TextEncoder().encode('Talks resumedâ€™s end')).content_hash).toBe(plain.content_hash);
  });

  it('fingerprints as SHA-256 of the text in UTF-8', () => {
    // The digest of "abc", as FIPS 180-2 lists it.
    expect(ingest(new TextEncoder().encode('abc')).content_hash).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('reads a UTF-8 input right after one cut off inside a character', () => {
    const cut = new TextEncoder().encode(ARABIC).slice(0, 10);
    expect(ingest(cut).diagnostics.map((d) => d.code)).toContain('DECODE_REPLACED');
    expect(ingest(new TextEncoder().encode(ARABIC)).markup?.source).toBe(ARABIC);
  });

  it.each([
    ['no bytes', new Uint8Array(), 'INPUT_EMPTY'],
    ['only white space', new TextEncoder().encode(' \n\t\n'), 'INPUT_EMPTY'],
    ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]), 'INPUT_BINARY'],
    [
      'bytes full of controls',
      new Uint8Array(Array.from({ length: 400 }, (_, i) => (i * 7) % 32 || 1)),
      'INPUT_BINARY',
    ],
  ])('rejects %s with a catalogued error', (_name, bytes, code) => {
    expect(errorCode(() => ingest(bytes))).toBe(code);
  });

  it('names the input in its error message', () => {
    expect(() => ingest(new Uint8Array())).toThrow(/^in\.txt: /);
  });
});
