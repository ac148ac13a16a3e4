/** Markup that never holds text the reader sees: blanked (same length) so searches skip it. */
const NOT_TEXT = /<(script|style|noscript|template|textarea)\b[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^>]*>/gi;
/** How far ahead of the cursor a word may be found and still be the same text node's word. */
const NEAR = 400;

/**
 * Writes block text with collapsed white space and blank lines between blocks, while recording where each
 * written run came from in the HTML source: `map` holds pairs (text offset, source offset); a text offset
 * maps to the source offset of the last pair at or before it plus the distance from that pair.
 * Words are found in a copy of the source with tags, scripts and comments blanked out, reading forward
 * only (document order is source order), so an attribute or a JSON-LD copy of the text never matches.
 *
 * @example const b = new TextBuilder('<p>Hi there</p>'); b.addText('Hi there'); b.text // 'Hi there'
 */
export class TextBuilder {
  private out: string[] = [];
  length = 0;
  private pending: '' | ' ' | '\n' | '\n\n' = '';
  private readonly map: number[] = [];
  private delta = Number.NaN;
  private cursor: number;
  private readonly visible: string;

  constructor(source: string) {
    this.visible = source.replace(NOT_TEXT, (m) => ' '.repeat(m.length));
    const body = source.search(/<body[\s>]/i);
    this.cursor = body === -1 ? 0 : body;
  }

  /** Ends the current block: the next text starts after a blank line. */
  block(): void {
    if (this.length > 0) this.pending = '\n\n';
  }

  /** A <br>: the next text starts on a new line. */
  line(): void {
    if (this.length > 0 && this.pending !== '\n\n') this.pending = '\n';
  }

  addText(data: string): void {
    if (this.length > 0 && this.pending === '' && /^\s/.test(data)) this.pending = ' ';
    const words = /\S+/g;
    let first = true;
    for (let m = words.exec(data); m; m = words.exec(data)) {
      if (!first && this.pending === '') this.pending = ' ';
      if (this.pending !== '' && this.length > 0) this.write(this.pending);
      this.pending = '';
      this.note(this.locate(m[0], first));
      this.write(m[0]);
      first = false;
    }
    if (!first && /\s$/.test(data)) this.pending = ' ';
  }

  get text(): string {
    return this.out.join('');
  }

  get sourceMap(): Int32Array {
    return Int32Array.from(this.map);
  }

  private write(s: string): void {
    this.out.push(s);
    this.length += s.length;
  }

  /** Records a new pair only when the text and source stop moving in step (collapsed spaces, entities). */
  private note(sourceOffset: number): void {
    if (sourceOffset < 0) return;
    const delta = sourceOffset - this.length;
    if (delta !== this.delta) {
      this.map.push(this.length, sourceOffset);
      this.delta = delta;
    }
  }

  /**
   * The source offset of a word: its first characters before any that HTML may escape, searched from the
   * cursor. A node's first word may be far ahead (skipped chrome); later words must be near, or the
   * word is left to the previous pair (an entity or a tag inside the word).
   */
  private locate(word: string, firstOfNode: boolean): number {
    const probe = word.slice(0, 24).split(/[&<>"'\u00a0]/)[0];
    if (probe.length === 0) return -1;
    const found = this.visible.indexOf(probe, this.cursor);
    if (found === -1 || (!firstOfNode && found - this.cursor > NEAR)) return -1;
    this.cursor = found + probe.length;
    return found;
  }
}
