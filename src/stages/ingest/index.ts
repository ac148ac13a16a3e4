import { hash } from 'node:crypto';
import { MarsadError } from '../../core/errors.js';
import type { Diagnostic } from '../../core/records.js';
import type { Stage } from '../../core/stage.js';
import { binaryReason } from './binary-sniffer.js';
import { canonicalEncoding, decodeBytes, type Decoded } from './charset-decoder.js';
import { declaredHtmlCharset, sniffFormat } from './format-sniffer.js';
import { repairMojibake } from './mojibake-repairer.js';
import { assertAnalysable } from './size-gate.js';

/**
 * The ingest stage: turns the input bytes into text (charset, binary check, mojibake repair), decides
 * text or HTML, refuses what is too big to analyse as one article, and fingerprints the decoded source.
 *
 * @example
 * const doc = { source: 'a.txt', raw: { bytes, format: 'auto', hints: {} }, diagnostics: [] };
 * createIngestStage().run(doc, { referenceDate: null }); // doc.markup, doc.content_hash
 */
export function createIngestStage(): Stage {
  return {
    name: 'ingest',
    reads: ['raw'],
    writes: ['markup', 'content_hash'],
    run(doc) {
      const raw = doc.raw;
      if (!raw || raw.bytes.length === 0)
        throw new MarsadError('INPUT_EMPTY', `${doc.source}: the input has no bytes`);
      const declared = canonicalEncoding(raw.charset) ?? htmlDeclared(raw.bytes, raw.format);
      const decoded = decodeBytes(raw.bytes, declared);
      if (decoded.how !== 'bom' && !decoded.encoding.startsWith('utf-16')) {
        const binary = binaryReason(raw.bytes);
        if (binary) throw new MarsadError('INPUT_BINARY', `${doc.source}: not text (${binary})`);
      }
      if (decoded.text.trim() === '') {
        throw new MarsadError('INPUT_EMPTY', `${doc.source}: the input holds only white space`);
      }
      const repaired = repairMojibake(decoded.text);
      const format = raw.format === 'auto' ? sniffFormat(repaired.text) : raw.format;
      assertAnalysable(doc.source, repaired.text, format);
      if (decoded.replaced.length > 0) {
        // For plain text doc.text will be this very string, so the first bad byte can be pointed at.
        const exact = format === 'text' && repaired.repairs === 0;
        doc.diagnostics.push(replacedDiagnostic(doc.source, decoded, exact));
      }
      if (repaired.repairs > 0) doc.diagnostics.push(repairedDiagnostic(doc.source, repaired.repairs));
      doc.markup = { format, source: repaired.text };
      // The one-shot digest of the text's UTF-8 (no Hash object per article). When the input bytes are that
      // UTF-8 already, they are hashed as they are: the text was not encoded back into a buffer, which took
      // more of the stage than the digest itself. (An unrepaired text is the decoded string itself.)
      const same = decoded.utf8Exact === true && repaired.text === decoded.text;
      doc.content_hash = hash('sha256', same ? raw.bytes : repaired.text);
    },
  };
}

function htmlDeclared(bytes: Uint8Array, format: 'text' | 'html' | 'auto'): string | null {
  return format === 'text' ? null : canonicalEncoding(declaredHtmlCharset(bytes) ?? undefined);
}

function replacedDiagnostic(source: string, d: Decoded, exact: boolean): Diagnostic {
  const shown = d.replaced.slice(0, 5).join(', ') + (d.replaced.length > 5 ? ', …' : '');
  const first = d.replaced[0];
  return {
    code: 'DECODE_REPLACED',
    severity: 'warning',
    message: `${source}: ${d.replaced.length} invalid byte sequence(s) for ${d.encoding} replaced with U+FFFD at decoded offsets ${shown}`,
    ...(exact ? { span: [first, first + 1] as const } : {}),
  };
}

function repairedDiagnostic(source: string, repairs: number): Diagnostic {
  return {
    code: 'DECODE_REPAIRED',
    severity: 'info',
    message: `${source}: ${repairs} double-encoded UTF-8 sequence(s) (mojibake such as "â€™") repaired`,
  };
}
