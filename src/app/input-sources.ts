import {
  createFeedSource,
  createFileSource,
  createPageSource,
  createStdinSource,
} from '../adapters/sources/index.js';
import type { Source } from '../core/ports.js';

export interface InputSpec {
  /** Files, folders, `-` for stdin, or http(s) URLs of web pages. */
  inputs: readonly string[];
  /** URLs of RSS or Atom feeds whose items are fetched. */
  feeds?: readonly string[];
  maxBytes: number;
  onSkip?: (path: string) => void;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/**
 * One source over everything the user named, in the order named: files and folders, web pages, feeds, stdin.
 *
 * @example sourceOf({ inputs: ['articles/', 'https://example.org/a'], feeds: [], maxBytes: 8e6 })
 */
export function sourceOf(spec: InputSpec): Source {
  const parts: Source[] = [];
  const files = spec.inputs.filter((i) => !isUrl(i) && i !== '-');
  const pages = spec.inputs.filter(isUrl);
  if (files.length) parts.push(createFileSource(files, { maxBytes: spec.maxBytes, onSkip: spec.onSkip }));
  if (pages.length) parts.push(createPageSource(pages, { maxBytes: spec.maxBytes }));
  if (spec.feeds?.length) parts.push(createFeedSource(spec.feeds, { maxBytes: spec.maxBytes }));
  if (spec.inputs.includes('-')) parts.push(createStdinSource(process.stdin, spec.maxBytes));
  return {
    async *items() {
      for (const part of parts) yield* part.items();
    },
  };
}
