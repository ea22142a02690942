/**
 * Renders a lesson for the panel with markdown-it and highlight.js. Lessons may come from a
 * workspace, written by other people, so the output is safe for a webview by construction:
 * raw HTML in the Markdown is shown as text (`html: false`), links keep only the targets
 * `lessonLinks.ts` allows, images load only from `https:` or the lesson's own folder, and no
 * element carries a `style` attribute (the panel's content security policy allows none).
 *
 * Code blocks are highlighted into `hljs-*` classes, which the panel colours from the VS Code
 * theme. Every `python` block (```` ```python ````, `py`, `python3`) is a runnable example unless
 * it is a prompt transcript (its first line starts with `>>>`) or its info string says `no-run`.
 *
 * This module is the renderer's own bundle (dist/lessonRenderer.js) and runs at build time for
 * the built-in lessons; the extension's start-up bundle never loads it.
 */
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import diff from 'highlight.js/lib/languages/diff';
import ini from 'highlight.js/lib/languages/ini';
import json from 'highlight.js/lib/languages/json';
import markdown from 'highlight.js/lib/languages/markdown';
import plaintext from 'highlight.js/lib/languages/plaintext';
import python from 'highlight.js/lib/languages/python';
import pythonRepl from 'highlight.js/lib/languages/python-repl';
import shell from 'highlight.js/lib/languages/shell';
import sql from 'highlight.js/lib/languages/sql';
import yaml from 'highlight.js/lib/languages/yaml';
import MarkdownIt from 'markdown-it';
import type { Lesson, Milestone } from '../curriculum/model';
import { classifyLessonLink } from './lessonLinks';
import { RENDERED_LESSON_VERSION, type RenderedLesson, type RenderedMilestone } from './rendered';

hljs.registerLanguage('python', python);
hljs.registerLanguage('python-repl', pythonRepl);
hljs.registerLanguage('bash', bash);
hljs.registerLanguage('shell', shell);
hljs.registerLanguage('json', json);
hljs.registerLanguage('yaml', yaml);
hljs.registerLanguage('ini', ini);
hljs.registerLanguage('diff', diff);
hljs.registerLanguage('sql', sql);
hljs.registerLanguage('markdown', markdown);
hljs.registerLanguage('plaintext', plaintext);

const RUNNABLE = new Set(['python', 'py', 'python3']);
const LANGUAGE_ALIASES: Record<string, string> = { py: 'python', python3: 'python', pycon: 'python-repl', sh: 'bash', zsh: 'bash', console: 'shell', toml: 'ini', cfg: 'ini', yml: 'yaml', md: 'markdown', text: 'plaintext', txt: 'plaintext' };

/** What a render collects besides the HTML. */
interface RenderEnv {
  lessonKey: string;
  examples: string[];
  headingIds: Set<string>;
  /** Link tokens opened as something other than `<a>`, to close the same way. */
  openLinks: string[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const md = createMarkdown();

function createMarkdown(): MarkdownIt {
  const it = new MarkdownIt({ html: false, linkify: false, typographer: false });
  // Links are judged by lessonLinks.ts when they are rendered; here only what could never be one
  // is refused, so that it stays text.
  it.validateLink = (url: string) => classifyLessonLink(url, 'a/b').kind !== 'invalid' || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim());
  const rules = it.renderer.rules;

  rules.fence = (tokens, idx, _options, env: RenderEnv) => {
    const token = tokens[idx]!;
    const words = token.info.trim().split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
    return codeBlock(token.content, words[0] ?? '', words.includes('no-run') ? undefined : env);
  };
  rules.code_block = (tokens, idx) => codeBlock(tokens[idx]!.content, '', undefined);

  rules.link_open = (tokens, idx, options, env: RenderEnv, self) => {
    const token = tokens[idx]!;
    const href = token.attrGet('href') ?? '';
    const target = classifyLessonLink(href, env.lessonKey);
    switch (target.kind) {
      case 'web':
        env.openLinks.push('a');
        token.attrs = [['href', href], ['class', 'external-link']];
        return self.renderToken(tokens, idx, options);
      case 'anchor':
        env.openLinks.push('a');
        token.attrs = [['href', `#${target.id}`]];
        return self.renderToken(tokens, idx, options);
      case 'lesson':
        env.openLinks.push('a');
        token.attrs = [['href', '#'], ['class', 'lesson-link'], ['data-lesson', target.key]];
        if (target.fragment) token.attrs.push(['data-fragment', target.fragment]);
        return self.renderToken(tokens, idx, options);
      case 'file':
        env.openLinks.push('a');
        token.attrs = [['href', '#'], ['class', 'file-link'], ['data-file', target.path]];
        return self.renderToken(tokens, idx, options);
      case 'invalid':
        env.openLinks.push('span');
        return `<span class="not-a-link" title="${escapeHtml(`Not a link: ${target.reason}`)}">`;
    }
  };
  rules.link_close = (_tokens, _idx, _options, env: RenderEnv) => `</${env.openLinks.pop() ?? 'a'}>`;

  rules.image = (tokens, idx, options, env: RenderEnv, self) => {
    const token = tokens[idx]!;
    const src = token.attrGet('src') ?? '';
    const alt = self.renderInlineAsText(token.children ?? [], options, env);
    const title = token.attrGet('title');
    const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
    const target = classifyLessonLink(src, env.lessonKey);
    if (target.kind === 'web' && /^https:/i.test(src)) return `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${titleAttr}>`;
    // The panel turns the path into an address inside the lesson's folder, the only one it may read.
    if (target.kind === 'file') return `<img data-src="${escapeHtml(target.path)}" alt="${escapeHtml(alt)}"${titleAttr}>`;
    return `<span class="missing-image">${escapeHtml(alt || src)}</span>`;
  };

  rules.heading_open = (tokens, idx, options, env: RenderEnv, self) => {
    const token = tokens[idx]!;
    const text = tokens[idx + 1]?.children?.map((child) => child.content).join('') ?? '';
    const slug = uniqueSlug(text, env.headingIds);
    if (slug) token.attrSet('id', slug);
    return self.renderToken(tokens, idx, options);
  };

  // Table alignment comes as style attributes, which the panel's policy refuses: make it a class.
  for (const name of ['th_open', 'td_open'] as const) {
    rules[name] = (tokens, idx, options, _env, self) => {
      const token = tokens[idx]!;
      const align = /text-align:(left|right|center)/.exec(token.attrGet('style') ?? '')?.[1];
      token.attrs = align ? [['class', `align-${align}`]] : null;
      return self.renderToken(tokens, idx, options);
    };
  }
  return it;
}

function codeBlock(code: string, info: string, env: RenderEnv | undefined): string {
  const transcript = /^\s*>>>/.test(code);
  let language = LANGUAGE_ALIASES[info] ?? info;
  if (language === 'python' && transcript) language = 'python-repl';
  const known = language !== '' && hljs.getLanguage(language) !== undefined;
  const body = known ? hljs.highlight(code, { language, ignoreIllegals: true }).value : escapeHtml(code);
  const classes = ['hljs', ...(known ? [`language-${language}`] : [])].join(' ');
  const pre = `<pre><code class="${classes}">${body}</code></pre>`;
  if (env && RUNNABLE.has(info) && !transcript && code.trim() !== '') {
    const index = env.examples.push(code) - 1;
    return `<div class="example" data-example="${index}">${pre}</div>\n`;
  }
  return `${pre}\n`;
}

function uniqueSlug(text: string, taken: Set<string>): string {
  const base = text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s+/g, '-');
  if (!base) return '';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}

function newEnv(lessonKey: string): RenderEnv {
  return { lessonKey, examples: [], headingIds: new Set(), openLinks: [] };
}

/** Renders Markdown to an HTML fragment, collecting its runnable examples. */
export function renderMarkdown(markdown: string, lessonKey: string): { html: string; examples: string[] } {
  const env = newEnv(lessonKey);
  const html = md.render(markdown, env);
  return { html, examples: env.examples };
}

/**
 * Renders a short text (a title, an objective, a quiz choice, a hint) as Markdown without a
 * paragraph. Underscores are always literal here: short texts name Python things such as
 * `__init__` and `self._items` without backticks, and `*` still makes emphasis.
 */
export function renderInline(markdown: string, lessonKey: string): string {
  return md.renderInline(literalUnderscores(markdown), newEnv(lessonKey));
}

/** Escapes every `_` outside code spans, where a backslash would show as itself. */
function literalUnderscores(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ticks = /^`+/.exec(text.slice(i))?.[0];
    if (ticks) {
      const close = text.indexOf(ticks, i + ticks.length);
      // A run of backticks with no matching run is text, as in CommonMark.
      const end = close < 0 ? i + ticks.length : close + ticks.length;
      out += text.slice(i, end);
      i = end;
      continue;
    }
    const char = text[i]!;
    out += char === '_' && text[i - 1] !== '\\' ? '\\_' : char;
    i++;
  }
  return out;
}

/** A code block, highlighted, that is never runnable: a predict milestone's snippet. */
export function renderSnippet(code: string, language = 'python'): string {
  return codeBlock(code.replace(/\n$/, ''), language, undefined).trimEnd();
}

/** Drops the text's own first-level title: the panel's header already shows the lesson's title. */
function withoutLeadingTitle(markdown: string): string {
  return markdown.replace(/^\uFEFF?\s*# [^\n]*\n/, '');
}

/** Everything the panel shows of `lesson`, with `markdown` as its text. */
export function renderLesson(lesson: Lesson, markdown: string): RenderedLesson {
  const key = lesson.key;
  const inline = (text: string) => renderInline(text, key);
  const { html, examples } = renderMarkdown(withoutLeadingTitle(markdown.replace(/\r\n?/g, '\n')), key);
  const milestones: Record<string, RenderedMilestone> = {};
  for (const milestone of lesson.milestones) milestones[milestone.id] = renderMilestone(milestone, inline);
  return {
    version: RENDERED_LESSON_VERSION,
    html,
    examples,
    title: inline(lesson.title),
    ...(lesson.summary ? { summary: inline(lesson.summary) } : {}),
    objectives: lesson.objectives.map(inline),
    questions: lesson.questions.map(inline),
    milestones,
  };
}

function renderMilestone(milestone: Milestone, inline: (text: string) => string): RenderedMilestone {
  const base: RenderedMilestone = { title: inline(milestone.title), ...(milestone.summary ? { summary: inline(milestone.summary) } : {}) };
  switch (milestone.kind) {
    case 'code':
      return { ...base, hints: milestone.hints.map(inline) };
    case 'quiz':
      return {
        ...base,
        question: inline(milestone.question),
        choices: milestone.choices.map((choice) => ({ text: inline(choice.text), ...(choice.note ? { note: inline(choice.note) } : {}) })),
      };
    case 'predict':
      return { ...base, snippet: renderSnippet(milestone.snippet), ...(milestone.explanation ? { explanation: inline(milestone.explanation) } : {}) };
    case 'reflect':
      return { ...base, prompt: inline(milestone.prompt) };
  }
}
