/**
 * Writes block text with collapsed white space and blank lines between blocks, while recording where each
 * written run came from in the HTML source: `map` holds pairs (text offset, source offset); a text offset
 * maps to the source offset of the last pair at or before it plus the distance from that pair.
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

  constructor(private readonly source: string) {
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
    let base: number | null = null;
    for (let m = words.exec(data); m; m = words.exec(data)) {
      if (base === null) base = this.locate(m.index, m[0]);
      else if (this.pending === '') this.pending = ' ';
      if (this.pending !== '' && this.length > 0) this.write(this.pending);
      this.pending = '';
      if (base >= 0) this.note(base + m.index);
      this.write(m[0]);
    }
    if (base !== null && /\s$/.test(data)) this.pending = ' ';
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
    const delta = sourceOffset - this.length;
    if (delta !== this.delta) {
      this.map.push(this.length, sourceOffset);
      this.delta = delta;
    }
  }

  /** Finds a text node in the source by its first word, reading forward only (document order is source order). */
  private locate(at: number, word: string): number {
    const probe = word.slice(0, 24).split(/[&<>"'\u00a0]/)[0];
    if (probe.length === 0) return this.cursor - at;
    const found = this.source.indexOf(probe, this.cursor);
    if (found === -1) return -1;
    this.cursor = found + probe.length;
    return found - at;
  }
}
