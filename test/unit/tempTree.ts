/** Small real folders for tests, written from a map of relative path → file text. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function writeTree(root: string, files: Record<string, string>): string {
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return root;
}

export function tempDir(prefix = 'pymastery-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function tempTree(files: Record<string, string>): string {
  return writeTree(tempDir(), files);
}
