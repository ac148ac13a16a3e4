const HTML_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)/i;
const HTML_TAG =
  /<\/?(?:html|head|body|p|div|br|span|a|article|section|h[1-6]|meta|title|script|ul|li|table)\b[^>]*>/gi;

/**
 * Decides whether decoded input is HTML: a doctype or <html> at the start, or markup tags that make up a
 * real share of the first 4 KB (a plain-text article quoting one "<b>" is still text).
 *
 * @example sniffFormat('<p>Hello</p><p>world</p><div>x</div>') // 'html'
 */
export function sniffFormat(text: string): 'text' | 'html' {
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return 'html';
  const tags = head.match(HTML_TAG) ?? [];
  return tags.length >= 3 && tags.join('').length >= 0.05 * head.trim().length ? 'html' : 'text';
}

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i;

/**
 * The charset an HTML page declares in its first 2 KB (`<meta charset>` or the http-equiv form), read from
 * the bytes as ASCII as browsers do before they know the encoding.
 *
 * @example declaredHtmlCharset(new TextEncoder().encode('<meta charset="windows-1256">')) // 'windows-1256'
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return META_CHARSET.exec(head)?.[1] ?? null;
}
