/**
 * Lessons rendered for the panel: markdown-it with raw HTML escaped, links limited to what a
 * lesson may point at, highlighted code, runnable Python blocks; and every built-in lesson renders.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { loadCurriculum } from '../../src/core/curriculum/loader';
import { lessonsOf } from '../../src/core/curriculum/model';
import { classifyLessonLink, isLessonFilePath } from '../../src/core/lessons/lessonLinks';
import { renderInline, renderLesson, renderMarkdown } from '../../src/core/lessons/renderLesson';
import * as fs from 'node:fs';

const KEY = 'twenty-three-days/day-1-types';
const render = (markdown: string) => renderMarkdown(markdown, KEY).html;

describe('lesson rendering', () => {
  it('renders headings with ids, emphasis, inline code, lists and tables', () => {
    const html = render('## Names are `labels`\n\nSome **bold**, *italic* and `x < y`.\n\n- one\n- two\n\n| mode | gives |\n| --- | ---: |\n| a | 1 |\n');
    assert.match(html, /<h2 id="names-are-labels">Names are <code>labels<\/code><\/h2>/);
    assert.match(html, /<p>Some <strong>bold<\/strong>, <em>italic<\/em> and <code>x &lt; y<\/code>.<\/p>/);
    assert.match(html, /<ul>\n<li>one<\/li>\n<li>two<\/li>\n<\/ul>/);
    assert.match(html, /<th class="align-right">gives<\/th>/);
    assert.doesNotMatch(html, /style=/, 'no style attributes: the panel allows none');
  });

  it('shows raw HTML as text', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\nInline <b onclick="x()">bold</b>.');
    assert.doesNotMatch(html, /<script|<img|<b /);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(html, /&lt;b onclick=&quot;x\(\)&quot;&gt;bold&lt;\/b&gt;/);
  });

  it('keeps web and mail links, and drops script, data and file links', () => {
    const html = render([
      '[docs](https://docs.python.org/3/) [mail](mailto:a@example.com)',
      '[a](javascript:alert(1)) [b](JavaScript:alert(1)) [c](java&#x09;script:alert(1)) [d](data:text/html,x) [e](file:///etc/passwd) [f](vbscript:x)',
      '<javascript:alert(1)>',
    ].join('\n\n'));
    assert.match(html, /<a href="https:\/\/docs.python.org\/3\/" class="external-link">docs<\/a>/);
    assert.match(html, /<a href="mailto:a@example.com" class="external-link">mail<\/a>/);
    assert.doesNotMatch(html, /href="(javascript|data|file|vbscript):/i);
    assert.doesNotMatch(html, /data-file="[^"]*script/i);
    assert.equal((html.match(/<a /g) ?? []).length, 2, 'only the two safe links are links');
  });

  it('cannot break out of an attribute through a link target or title', () => {
    const html = render('[x](https://a.example/"onmouseover="alert(1)) [y](https://a.example/ "t\\" onclick=\\"z")');
    assert.doesNotMatch(html, /" ?onmouseover=|" onclick=/);
  });

  it('turns links to other lessons into lesson links, in every accepted form', () => {
    const html = render('[a](lesson:deep-dive/project-1-repl) [b](lesson:day-2-collections) [c](../day-2-collections/) [d](../day-0-setup/lesson.md#install) [e](../../deep-dive/project-1-repl/)');
    const keys = [...html.matchAll(/data-lesson="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(keys, [
      'deep-dive/project-1-repl',
      'twenty-three-days/day-2-collections',
      'twenty-three-days/day-2-collections',
      'twenty-three-days/day-0-setup',
      'deep-dive/project-1-repl',
    ]);
    assert.match(html, /data-fragment="install"/);
    assert.match(html, /<a href="#" class="lesson-link"/);
  });

  it('links files in the lesson folder, and nothing outside it', () => {
    const html = render('[data](data/sample.csv) [up](../../../etc/passwd) [abs](/etc/passwd) [other](../day-2-collections/starter/x.py)');
    assert.match(html, /<a href="#" class="file-link" data-file="data\/sample.csv">data<\/a>/);
    assert.equal((html.match(/class="not-a-link"/g) ?? []).length, 3);
  });

  it('shows images from the lesson folder and https only', () => {
    const html = render('![diagram](images/diagram.png "How it fits") ![remote](https://example.com/x.png) ![plain](http://example.com/x.png) ![outside](../day-2-collections/x.png) ![inline](data:image/png;base64,AAAA)');
    assert.match(html, /<img data-src="images\/diagram.png" alt="diagram" title="How it fits">/);
    assert.match(html, /<img src="https:\/\/example.com\/x.png" alt="remote">/);
    assert.equal((html.match(/<img /g) ?? []).length, 2);
    assert.match(html, /<span class="missing-image">plain<\/span>/);
  });

  it('highlights code into hljs classes and makes each python block a runnable example', () => {
    const { html, examples } = renderMarkdown([
      '```python\nprint("hi")\n```',
      '```py\nx = 1\n```',
      '```python no-run\nwhile True:\n    pass\n```',
      '```python\n>>> 1 + 1\n2\n```',
      '```bash\npython3 -m venv .venv\n```',
      '```\nplain <text>\n```',
    ].join('\n\n'), KEY);
    assert.deepEqual(examples, ['print("hi")\n', 'x = 1\n']);
    assert.match(html, /<div class="example" data-example="0"><pre><code class="hljs language-python"><span class="hljs-built_in">print<\/span>\(<span class="hljs-string">&quot;hi&quot;<\/span>\)/);
    assert.match(html, /<div class="example" data-example="1">/);
    assert.doesNotMatch(html, /data-example="2"/);
    assert.match(html, /<code class="hljs language-python-repl"><span class="hljs-meta prompt_">&gt;&gt;&gt;<\/span>/);
    assert.match(html, /<code class="hljs language-bash">/);
    assert.match(html, /<pre><code class="hljs">plain &lt;text&gt;/);
  });

  it('renders short texts inline, raw HTML as text', () => {
    assert.equal(renderInline('Use `is` for **None**, never <b>==</b>', KEY), 'Use <code>is</code> for <strong>None</strong>, never &lt;b&gt;==&lt;/b&gt;');
  });

  it('keeps Python names whole in short texts: underscores are never emphasis there', () => {
    assert.equal(renderInline('Hints live in __annotations__; set self._items in `__init__`, *then* go', KEY), 'Hints live in __annotations__; set self._items in <code>__init__</code>, <em>then</em> go');
    assert.equal(renderInline('``a_`b`` and \\_x', KEY), '<code>a_`b</code> and _x', 'an escaped underscore stays one underscore');
  });
});

describe('lesson links', () => {
  it('classifies every kind of target', () => {
    assert.deepEqual(classifyLessonLink('https://a.example', KEY), { kind: 'web', href: 'https://a.example' });
    assert.deepEqual(classifyLessonLink('#names', KEY), { kind: 'anchor', id: 'names' });
    assert.deepEqual(classifyLessonLink('lesson:x/y', KEY), { kind: 'lesson', key: 'x/y' });
    assert.deepEqual(classifyLessonLink('../day-2-collections', KEY), { kind: 'lesson', key: 'twenty-three-days/day-2-collections' });
    assert.deepEqual(classifyLessonLink('./notes/a%20b.txt', KEY), { kind: 'file', path: 'notes/a b.txt' });
    assert.equal(classifyLessonLink('lesson:Bad/Name', KEY).kind, 'invalid');
    assert.equal(classifyLessonLink('lesson.md', KEY).kind, 'lesson', 'its own text is the lesson itself');
  });

  it('accepts only plain relative file paths', () => {
    assert.equal(isLessonFilePath('data/sample.csv'), true);
    for (const bad of ['', '/etc/passwd', '../x', 'a/../../b', 'C:/x', 'a\\b', 'a//b']) assert.equal(isLessonFilePath(bad), false, bad);
  });
});

describe('the built-in lessons', () => {
  const root = path.resolve(__dirname, '..', '..', 'curriculum');
  const { tracks } = loadCurriculum(root, { origin: 'builtin' });

  it('all render, with every milestone text and a runnable example or more', () => {
    const lessons = tracks.flatMap(lessonsOf);
    assert.ok(lessons.length > 0);
    let examples = 0;
    for (const lesson of lessons) {
      const rendered = renderLesson(lesson, fs.readFileSync(lesson.text, 'utf8'));
      assert.ok(rendered.html.length > 500, `${lesson.key} has text`);
      assert.doesNotMatch(rendered.html, /^<h1/, `${lesson.key}: the text's own title is left out`);
      assert.doesNotMatch(rendered.html, /class="not-a-link"/, `${lesson.key} has no broken links`);
      assert.equal(rendered.objectives.length, lesson.objectives.length);
      assert.equal(rendered.questions.length, lesson.questions.length);
      for (const objective of rendered.objectives) assert.doesNotMatch(objective, /`/, `${lesson.key}: inline code in objectives is rendered`);
      for (const milestone of lesson.milestones) {
        const text = rendered.milestones[milestone.id];
        assert.ok(text, `${milestone.key} is rendered`);
        if (milestone.kind === 'quiz') assert.equal(text.choices?.length, milestone.choices.length);
        if (milestone.kind === 'predict') assert.match(text.snippet ?? '', /<pre><code class="hljs language-python">/);
        if (milestone.kind === 'reflect') assert.ok(text.prompt);
        if (milestone.kind === 'code') assert.equal(text.hints?.length, milestone.hints.length);
      }
      examples += rendered.examples.length;
    }
    assert.ok(examples > 0, 'the lessons have runnable examples');
  });

  it('link to other lessons that exist', () => {
    const keys = new Set(tracks.flatMap(lessonsOf).map((l) => l.key));
    for (const lesson of tracks.flatMap(lessonsOf)) {
      const { html } = renderLesson(lesson, fs.readFileSync(lesson.text, 'utf8'));
      for (const [, key] of html.matchAll(/data-lesson="([^"]+)"/g)) assert.ok(keys.has(key!), `${lesson.key} links to ${key}, which exists`);
    }
  });
});
