/** Maps UTF-16 offsets to zero-based line/character positions and back. */
export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  private starts: number[];
  private length: number;

  constructor(text: string) {
    this.length = text.length;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) starts.push(i + 1);
      else if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** A line index rebuilt from `lineStarts` and the text's length (for a text held elsewhere). */
  static fromStarts(lineStarts: readonly number[], length: number): LineIndex {
    const index = new LineIndex('');
    index.starts = [...lineStarts];
    index.length = length;
    return index;
  }

  /** Offset of the first character of each line. */
  get lineStarts(): readonly number[] {
    return this.starts;
  }

  get textLength(): number {
    return this.length;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.length;
    if (pos.line < 0) return 0;
    const start = this.starts[pos.line];
    const next = pos.line + 1 < this.starts.length ? this.starts[pos.line + 1] : this.length;
    return Math.min(start + Math.max(0, pos.character), next);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
}
