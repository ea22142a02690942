/**
 * Where a milestone's anchor (a function or class, or `Class.method`) is defined in Python source.
 * A plain reading of `def`/`class` lines, not a parser: enough for starter files and for placing a
 * CodeLens, and cheap enough to run on every keystroke.
 */

/** The 0-based line of the anchor's definition in `source`, or undefined when it is not there. */
export function findAnchorLine(source: string, anchor: string): number | undefined {
  const lines = source.split(/\r?\n/);
  const [outer, inner] = anchor.split('.', 2) as [string, string | undefined];
  // A top-level definition wins over a method or nested function of the same name.
  const topLevel = lines.findIndex((line) => indentOf(line) === 0 && definesName(line, outer));
  const outerLine = topLevel >= 0 ? topLevel : lines.findIndex((line) => definesName(line, outer));
  if (outerLine < 0 || inner === undefined) return outerLine < 0 ? undefined : outerLine;
  const classIndent = indentOf(lines[outerLine]!);
  for (let i = outerLine + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (indentOf(line) <= classIndent) break;
    if (definesName(line, inner)) return i;
  }
  return undefined;
}

function definesName(line: string, name: string): boolean {
  const match = /^\s*(?:async\s+def|def|class)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(line);
  return match?.[1] === name;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
