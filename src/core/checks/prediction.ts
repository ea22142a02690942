/**
 * Compares the output a learner predicted for a snippet with what the snippet printed, line by
 * line, so the panel can show where the two part. Trailing white space on each line and blank
 * lines at the end never count.
 *
 * In `pattern` mode, what varies from one machine or run to the next is compared by its shape:
 * a memory address (`0x7f3a…`), a long integer such as an `id()` (nine digits or more) and a
 * decimal number (a timing) in the printed output match any value of the same kind in the
 * prediction, or `...` (`0x...` for an address). Everything else must be exact.
 */

export type CompareMode = 'exact' | 'pattern';

export interface PredictionLine {
  /** `same`: in both; `predicted`: only in the prediction; `printed`: only in the output. */
  kind: 'same' | 'predicted' | 'printed';
  text: string;
}

export interface PredictionComparison {
  matches: boolean;
  lines: PredictionLine[];
}

export function comparePrediction(predicted: string, printed: string, mode: CompareMode = 'exact'): PredictionComparison {
  const want = linesOf(printed);
  const got = linesOf(predicted);
  const same = mode === 'pattern' ? patternEquality(want) : (printedIndex: number, line: string) => want[printedIndex] === line;
  const lines = diffLines(want, got, same);
  return { matches: lines.every((line) => line.kind === 'same'), lines };
}

function linesOf(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/\s+$/, ''));
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Values that differ between machines and runs, each with the shapes a prediction may give. */
const VARYING = [
  /\b0x[0-9a-fA-F]+\b/,
  /(?<![\w.])\d+\.\d+(?:[eE][+-]?\d+)?(?![\w.])/,
  /(?<![\w.])\d{9,}(?![\w.])/,
];
const VARYING_IN_OUTPUT = new RegExp(VARYING.map((r) => r.source).join('|'), 'g');
const ANY_VARYING = `(?:${VARYING.map((r) => r.source).join('|')}|(?:0x)?(?:\\.\\.\\.|…))`;

function patternEquality(printed: string[]): (printedIndex: number, line: string) => boolean {
  const patterns = printed.map((line) => {
    let source = '';
    let last = 0;
    for (const match of line.matchAll(VARYING_IN_OUTPUT)) {
      source += escapeRegExp(line.slice(last, match.index)) + ANY_VARYING;
      last = (match.index ?? 0) + match[0].length;
    }
    return new RegExp(`^${source}${escapeRegExp(line.slice(last))}$`);
  });
  return (printedIndex, line) => patterns[printedIndex]?.test(line) ?? false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A line diff by longest common subsequence: snippets are short, so the quadratic table is fine.
 * Where a printed line and a predicted line differ, the predicted one is listed first.
 */
function diffLines(printed: string[], predicted: string[], same: (printedIndex: number, line: string) => boolean): PredictionLine[] {
  const n = printed.length;
  const m = predicted.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = same(i, predicted[j]!) ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const lines: PredictionLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same(i, predicted[j]!)) {
      lines.push({ kind: 'same', text: predicted[j]! });
      i++;
      j++;
    } else if (j < m && (i >= n || table[i]![j + 1]! >= table[i + 1]![j]!)) {
      lines.push({ kind: 'predicted', text: predicted[j]! });
      j++;
    } else {
      lines.push({ kind: 'printed', text: printed[i]! });
      i++;
    }
  }
  return lines;
}
