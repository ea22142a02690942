/**
 * A parsed YAML file that remembers where every value came from, so that a problem found in the
 * data (by zod, or by a later check) can be reported at a line and column of the file.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface SourcePosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

export interface YamlProblem extends SourcePosition {
  message: string;
}

export type PathSegment = string | number;

export class YamlFile {
  private constructor(
    readonly path: string,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  static parse(path: string, source: string): YamlFile {
    const lines = new LineCounter();
    const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    return new YamlFile(path, doc, lines);
  }

  /** Syntax errors; when there are any, `value` is not to be trusted. */
  get syntaxErrors(): YamlProblem[] {
    return this.doc.errors.map((error) => ({
      ...this.positionOfOffset(error.pos[0]),
      message: firstLine(error.message),
    }));
  }

  private cachedValue: { value: unknown } | undefined;

  /** The file's data as plain JavaScript values. */
  get value(): unknown {
    this.cachedValue ??= { value: this.doc.toJS({ maxAliasCount: 100 }) };
    return this.cachedValue.value;
  }

  /**
   * Where the value at `path` stands. With `key`, the position of the mapping key itself (used
   * for keys that should not be there). Falls back to the nearest parent that exists, then to
   * the start of the file.
   */
  positionOf(path: readonly PathSegment[], key?: string): SourcePosition {
    if (key !== undefined) {
      const parent = this.nodeAt(path);
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
        const keyNode = pair?.key as Node | undefined;
        if (keyNode?.range) return this.positionOfOffset(keyNode.range[0]);
      }
    }
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.nodeAt(path.slice(0, depth));
      if (node?.range) return this.positionOfOffset(node.range[0]);
    }
    return { line: 1, column: 1 };
  }

  private nodeAt(path: readonly PathSegment[]): Node | undefined {
    if (path.length === 0) return (this.doc.contents as Node | null) ?? undefined;
    const node = this.doc.getIn(path, true);
    return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
  }

  private positionOfOffset(offset: number): SourcePosition {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}
