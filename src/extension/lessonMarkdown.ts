/**
 * A small Markdown renderer for lesson text, safe for a webview by construction: every piece of
 * the source is HTML-escaped before any markup is added, raw HTML is shown as text, and links
 * keep only `https:`, `http:`, `mailto:` and in-page `#` targets.
 *
 * It covers what lessons use: ATX headings, paragraphs, emphasis, code spans, fenced and indented
 * code blocks, ordered and unordered (nested) lists, block quotes, tables, rules, links and hard
 * breaks.
 * Images are shown as their alternative text.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const SAFE_LINK = /^(https?:|mailto:|#)/i;

/** Renders `markdown` to an HTML fragment. */
export function renderLessonMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  return renderBlocks(lines).join('\n');
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;
const HEADING = /^ {0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])( +|$)(.*)$/;
const INDENTED_CODE = /^ {4}(.*)$/;
const TABLE_DELIMITER = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** True when `line` starts a block other than a paragraph, so it ends a paragraph before it. */
function startsBlock(line: string): boolean {
  return FENCE.test(line) || /^ {0,3}\|/.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || LIST_ITEM.test(line);
}

function renderBlocks(lines: string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1] ?? '```';
      const language = fence[2] ?? '';
      const body: string[] = [];
      i++;
      while (i < lines.length && !new RegExp(`^ {0,3}${marker[0]}{${marker.length},}\\s*$`).test(lines[i] ?? '')) {
        body.push(lines[i] ?? '');
        i++;
      }
      i++; // the closing fence, or past the end
      const languageClass = /^[\w+-]+$/.test(language) ? ` class="language-${language}"` : '';
      out.push(`<pre><code${languageClass}>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = (heading[1] ?? '#').length;
      out.push(`<h${level}>${renderInline(heading[2] ?? '')}</h${level}>`);
      i++;
      continue;
    }
    if (RULE.test(line)) {
      out.push('<hr>');
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && !isBlank(lines[i] ?? '')) {
        const current = lines[i] ?? '';
        const match = QUOTE.exec(current);
        if (!match && startsBlock(current)) break;
        quoted.push(match ? (match[1] ?? '') : current);
        i++;
      }
      out.push(`<blockquote>\n${renderBlocks(quoted).join('\n')}\n</blockquote>`);
      continue;
    }
    if (startsTable(lines, i)) {
      const table = readTable(lines, i);
      out.push(table.html);
      i = table.next;
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const list = readList(lines, i);
      out.push(list.html);
      i = list.next;
      continue;
    }
    const code = INDENTED_CODE.exec(line);
    if (code) {
      const body: string[] = [];
      while (i < lines.length && (INDENTED_CODE.test(lines[i] ?? '') || isBlank(lines[i] ?? ''))) {
        body.push((lines[i] ?? '').slice(4));
        i++;
      }
      while (body.length > 0 && isBlank(body[body.length - 1] ?? '')) body.pop();
      out.push(`<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && !isBlank(lines[i] ?? '') && (paragraph.length === 0 || !startsBlock(lines[i] ?? ''))) {
      paragraph.push(lines[i] ?? '');
      i++;
    }
    out.push(`<p>${renderInline(paragraph.join('\n'))}</p>`);
  }
  return out;
}

function readList(lines: string[], start: number): { html: string; next: number } {
  const first = LIST_ITEM.exec(lines[start] ?? '');
  const ordered = /\d/.test(first?.[2] ?? '');
  const startNumber = ordered ? Number.parseInt(first?.[2] ?? '1', 10) : 1;
  const items: string[][] = [];
  let loose = false;
  let i = start;
  while (i < lines.length) {
    const match = LIST_ITEM.exec(lines[i] ?? '');
    if (!match || /\d/.test(match[2] ?? '') !== ordered) break;
    const contentIndent = (match[1] ?? '').length + (match[2] ?? '').length + Math.min((match[3] ?? ' ').length || 1, 4);
    const body: string[] = [match[4] ?? ''];
    i++;
    while (i < lines.length) {
      const current = lines[i] ?? '';
      if (isBlank(current)) {
        const nextLine = lines[i + 1];
        const continues = nextLine !== undefined && !isBlank(nextLine) && indentOf(nextLine) >= contentIndent;
        if (!continues) break;
        body.push('');
        i++;
        continue;
      }
      if (indentOf(current) >= contentIndent) {
        body.push(current.slice(contentIndent));
      } else if (!startsBlock(current) && !isBlank(body[body.length - 1] ?? '')) {
        body.push(current.trimStart()); // a lazy continuation of the item's paragraph
      } else {
        break;
      }
      i++;
    }
    items.push(body);
    // A blank line between items makes the list loose: its items hold paragraphs.
    if (isBlank(lines[i] ?? 'x') && LIST_ITEM.test(lines[i + 1] ?? '')) {
      loose = true;
      i++;
    }
  }
  const tag = ordered ? 'ol' : 'ul';
  const startAttribute = ordered && startNumber !== 1 ? ` start="${startNumber}"` : '';
  const rendered = items.map((body) => {
    const blocks = renderBlocks(body);
    const [head, ...rest] = blocks;
    const tightHead = !loose && head !== undefined && head.startsWith('<p>') ? head.slice(3, -4) : head;
    return `<li>${[tightHead, ...rest].filter((b) => b !== undefined).join('\n')}</li>`;
  });
  return { html: `<${tag}${startAttribute}>\n${rendered.join('\n')}\n</${tag}>`, next: i };
}

/** A table starts with a header row followed by a delimiter row with as many cells. */
function startsTable(lines: string[], i: number): boolean {
  const header = lines[i] ?? '';
  const delimiter = lines[i + 1] ?? '';
  return header.includes('|') && delimiter.includes('-') && TABLE_DELIMITER.test(delimiter) && tableCells(header).length === tableCells(delimiter).length;
}

/** The cells of a table row; `\|` and pipes inside code spans stay in their cell. */
function tableCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let inCode = false;
  const text = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  for (let k = 0; k < text.length; k++) {
    const c = text[k] ?? '';
    if (c === '\\' && text[k + 1] === '|') {
      cell += '\\|';
      k++;
    } else if (c === '`') {
      inCode = !inCode;
      cell += c;
    } else if (c === '|' && !inCode) {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell.trim());
  return cells;
}

function readTable(lines: string[], start: number): { html: string; next: number } {
  const header = tableCells(lines[start] ?? '');
  const alignments = tableCells(lines[start + 1] ?? '').map((d) => (d.endsWith(':') ? (d.startsWith(':') ? 'center' : 'right') : d.startsWith(':') ? 'left' : ''));
  const cell = (tag: 'th' | 'td', text: string, column: number) => {
    const align = alignments[column];
    return `<${tag}${align ? ` class="align-${align}"` : ''}>${renderInline(text)}</${tag}>`;
  };
  const rows: string[] = [];
  let i = start + 2;
  while (i < lines.length && !isBlank(lines[i] ?? '') && (lines[i] ?? '').includes('|')) {
    const cells = tableCells(lines[i] ?? '');
    rows.push(`<tr>${header.map((_h, column) => cell('td', cells[column] ?? '', column)).join('')}</tr>`);
    i++;
  }
  const head = `<thead><tr>${header.map((text, column) => cell('th', text, column)).join('')}</tr></thead>`;
  return { html: `<table>\n${head}\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`, next: i };
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Renders one block's inline content: code spans, escapes, links, emphasis and hard breaks. */
export function renderInline(text: string): string {
  const held: string[] = [];
  const hold = (html: string) => `\u0000${held.push(html) - 1}\u0000`;
  let s = text
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks: string, code: string) => hold(`<code>${escapeHtml(code.replace(/\n/g, ' ').replace(/^ (.*) $/, '$1'))}</code>`))
    .replace(/\\([!-/:-@[-`{-~])/g, (_m, c: string) => hold(escapeHtml(c)))
    .replace(/<((?:https?:\/\/|mailto:)[^\s<>]+)>/gi, (_m, url: string) => hold(link(url, escapeHtml(url))));
  s = escapeHtml(s);
  s = s
    .replace(/!\[([^\]]*)\]\(((?:[^()\s]|\([^()\s]*\))*)(?:\s+&quot;.*?&quot;)?\)/g, (_m, alt: string) => alt)
    .replace(/\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))*)(?:\s+&quot;.*?&quot;)?\)/g, (_m, label: string, url: string) => link(unescapeHtml(url), label))
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^\w])__(?=\S)([\s\S]*?\S)__(?!\w)/g, '$1<strong>$2</strong>')
    .replace(/\*(?=\S)([\s\S]*?\S)\*/g, '<em>$1</em>')
    .replace(/(^|[^\w])_(?=\S)([\s\S]*?\S)_(?!\w)/g, '$1<em>$2</em>')
    .replace(/(?: {2,}|\\)\n/g, '<br>\n');
  return s.replace(/\u0000(\d+)\u0000/g, (_m, index: string) => held[Number(index)] ?? '');
}

function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '');
}

/** A link to `url` with already-rendered `labelHtml`; unsafe targets keep only the label. */
function link(url: string, labelHtml: string): string {
  const target = url.trim();
  if (!SAFE_LINK.test(target)) return labelHtml;
  return `<a href="${escapeHtml(target)}">${labelHtml}</a>`;
}
