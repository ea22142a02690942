import * as assert from 'node:assert/strict';
import { findAnchorLine } from '../../src/core/curriculum/anchors';

const SOURCE = [
  'import sys',
  '',
  'def helper():',
  '    pass',
  '',
  'async def fetch(url):',
  '    pass',
  '',
  'class Stack:',
  '    """A stack."""',
  '',
  '    def push(self, item):',
  '        pass',
  '',
  '    # the other end',
  '    def pop(self):',
  '        pass',
  '',
  'def pop():',
  '    pass',
].join('\n');

describe('anchors', () => {
  it('finds functions, async functions and classes by name', () => {
    assert.equal(findAnchorLine(SOURCE, 'helper'), 2);
    assert.equal(findAnchorLine(SOURCE, 'fetch'), 5);
    assert.equal(findAnchorLine(SOURCE, 'Stack'), 8);
  });

  it('finds a method inside its class, not a function of the same name outside it', () => {
    assert.equal(findAnchorLine(SOURCE, 'Stack.push'), 11);
    assert.equal(findAnchorLine(SOURCE, 'Stack.pop'), 15);
    assert.equal(findAnchorLine(SOURCE, 'pop'), 18);
  });

  it('says when a name is not defined, or only mentioned', () => {
    assert.equal(findAnchorLine(SOURCE, 'sys'), undefined);
    assert.equal(findAnchorLine(SOURCE, 'Stack.peek'), undefined);
    assert.equal(findAnchorLine(SOURCE, 'helpers'), undefined);
    assert.equal(findAnchorLine('x = 1\r\ndef f():\r\n    pass\r\n', 'f'), 1);
  });
});
