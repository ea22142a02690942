/**
 * What a link in a lesson points at. Lessons may be written by other people (a workspace's own
 * tracks), so only these targets become links:
 *   - `https:`, `http:` and `mailto:` addresses, opened outside VS Code;
 *   - `#heading` within the lesson;
 *   - another lesson: `lesson:track-id/lesson-id`, `lesson:lesson-id` (same track), or a relative
 *     path to its folder, `../lesson-id/` (same track) or `../../track-id/lesson-id/`, with or
 *     without a trailing `lesson.md`;
 *   - a file in the lesson's own folder, by a relative path (`data/sample.csv`).
 * Anything else (`javascript:`, `file:`, `data:`, absolute paths, paths that leave the
 * lesson's folder) is not a link.
 */

export type LessonLinkTarget =
  | { kind: 'web'; href: string }
  | { kind: 'anchor'; id: string }
  | { kind: 'lesson'; key: string; fragment?: string }
  | { kind: 'file'; path: string }
  | { kind: 'invalid'; reason: string };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Classifies `href` as written in the lesson `lessonKey` (`track/lesson`). */
export function classifyLessonLink(href: string, lessonKey: string): LessonLinkTarget {
  const target = href.trim();
  if (target === '') return { kind: 'invalid', reason: 'an empty link' };
  if (target.startsWith('#')) return { kind: 'anchor', id: safeDecode(target.slice(1)) };
  const scheme = SCHEME.exec(target)?.[1]?.toLowerCase();
  if (scheme === 'https' || scheme === 'http' || scheme === 'mailto') return { kind: 'web', href: target };
  if (scheme === 'lesson') return lessonTarget(target.slice('lesson:'.length), lessonKey);
  if (scheme) return { kind: 'invalid', reason: `"${scheme}:" links are not allowed in lessons` };
  if (target.startsWith('/') || target.startsWith('\\')) return { kind: 'invalid', reason: 'an absolute path' };
  return relativeTarget(target, lessonKey);
}

function lessonTarget(rest: string, lessonKey: string): LessonLinkTarget {
  const [pathPart = '', fragment] = splitFragment(rest);
  const parts = pathPart.replace(/\/+$/, '').split('/');
  const track = lessonKey.split('/')[0] ?? '';
  const [first, second] = parts;
  if (parts.length === 1 && first && ID.test(first)) return withFragment({ kind: 'lesson', key: `${track}/${first}` }, fragment);
  if (parts.length === 2 && first && second && ID.test(first) && ID.test(second)) return withFragment({ kind: 'lesson', key: `${first}/${second}` }, fragment);
  return { kind: 'invalid', reason: `"lesson:${rest}" does not name a lesson; write lesson:track-id/lesson-id` };
}

function relativeTarget(target: string, lessonKey: string): LessonLinkTarget {
  const [pathPart = '', fragment] = splitFragment(target.split('?')[0] ?? '');
  const decoded = safeDecode(pathPart).replace(/\\/g, '/');
  // A control character or a colon hides a scheme ("java&#9;script:"): never a file of a lesson.
  if (/[\u0000-\u001f\u007f:]/.test(decoded)) return { kind: 'invalid', reason: 'a path with a colon or a control character' };
  // Resolve against the lesson's folder, `track/lesson/`, inside the curriculum root.
  const segments = lessonKey.split('/');
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return { kind: 'invalid', reason: 'a path that leaves the curriculum folder' };
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  const [track, lesson, ...rest] = segments;
  const ownPrefix = lessonKey.split('/');
  const inOwnFolder = track === ownPrefix[0] && lesson === ownPrefix[1] && rest.length > 0;
  if (inOwnFolder && !(rest.length === 1 && rest[0] === 'lesson.md')) return { kind: 'file', path: rest.join('/') };
  const isLessonFolder = rest.length === 0 || (rest.length === 1 && rest[0] === 'lesson.md');
  if (track && lesson && isLessonFolder && ID.test(track) && ID.test(lesson)) return withFragment({ kind: 'lesson', key: `${track}/${lesson}` }, fragment);
  return { kind: 'invalid', reason: 'a path outside the lesson\'s folder that is not another lesson' };
}

function withFragment(target: { kind: 'lesson'; key: string }, fragment: string | undefined): LessonLinkTarget {
  return fragment ? { ...target, fragment } : target;
}

function splitFragment(text: string): [string, string | undefined] {
  const hash = text.indexOf('#');
  return hash < 0 ? [text, undefined] : [text.slice(0, hash), safeDecode(text.slice(hash + 1)) || undefined];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Whether `relative` (forward slashes) names a file inside a lesson folder without leaving it:
 * no `..`, not absolute, no empty segment. The extension checks the real path as well.
 */
export function isLessonFilePath(relative: string): boolean {
  if (relative === '' || relative.startsWith('/') || /^[A-Za-z]:/.test(relative) || relative.includes('\\')) return false;
  return relative.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}
