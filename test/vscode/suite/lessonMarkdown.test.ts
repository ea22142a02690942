import * as assert from 'node:assert/strict';
import { renderLessonMarkdown } from '../../../src/extension/lessonMarkdown';

describe('lesson Markdown', () => {
  it('renders headings, emphasis, code and lists', () => {
    const html = renderLessonMarkdown('## Lists\n\nSome **bold**, *italic* and `x < y`.\n\n- one\n- two\n\n```python\nprint("hi")\n```\n');
    assert.equal(
      html,
      [
        '<h2>Lists</h2>',
        '<p>Some <strong>bold</strong>, <em>italic</em> and <code>x &lt; y</code>.</p>',
        '<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
        '<pre><code class="language-python">print(&quot;hi&quot;)</code></pre>',
      ].join('\n'),
    );
  });

  it('renders tables, keeping escaped pipes and pipes in code inside their cell', () => {
    const html = renderLessonMarkdown('| mode | gives |\n| --- | ---: |\n| `a|b` | x \\| y |\n');
    assert.equal(
      html,
      [
        '<table>',
        '<thead><tr><th>mode</th><th class="align-right">gives</th></tr></thead>',
        '<tbody>',
        '<tr><td><code>a|b</code></td><td class="align-right">x | y</td></tr>',
        '</tbody>',
        '</table>',
      ].join('\n'),
    );
  });

  it('shows raw HTML as text', () => {
    const html = renderLessonMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
    assert.ok(!html.includes('<script'));
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('&lt;script&gt;'));
  });

  it('keeps web links and drops script links', () => {
    const html = renderLessonMarkdown('[docs](https://docs.python.org/3/) and [trap](javascript:alert(1)) and [data](data:text/html,x)');
    assert.ok(html.includes('<a href="https://docs.python.org/3/">docs</a>'));
    assert.ok(!html.includes('href="javascript:'));
    assert.ok(!html.includes('href="data:'));
  });

  it('cannot break out of an attribute through a link target', () => {
    const html = renderLessonMarkdown('[x](https://a.example/"onmouseover="alert(1))');
    assert.ok(!html.includes('"onmouseover'));
  });
});
