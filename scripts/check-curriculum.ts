/**
 * For course authors: validates a curriculum folder and self-tests every code milestone (fails on
 * its starter, passes on its reference solution).
 *
 *   npm run curriculum:check                          the built-in curriculum and test/solutions
 *   npm run curriculum:check -- DIR --solutions SOL   any curriculum folder; SOL/<track>/<lesson>/…
 *   add --python PATH to use another interpreter
 */
import * as path from 'node:path';
import { CheckRunner } from '../src/core/checks/runner';
import { selfTestMilestone } from '../src/core/checks/selfTest';
import { formatDiagnostic } from '../src/core/curriculum/compiled';
import { loadCurriculum } from '../src/core/curriculum/loader';
import { lessonsOf } from '../src/core/curriculum/model';

const projectRoot = path.resolve(__dirname, '..');

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  const positional = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !all[i - 1]?.startsWith('--'));
  const root = path.resolve(positional[0] ?? path.join(projectRoot, 'curriculum'));
  const solutions = path.resolve(option('--solutions') ?? path.join(projectRoot, 'test', 'solutions'));
  const python = option('--python') ?? 'python3';
  const runner = new CheckRunner({ harnessPath: path.join(projectRoot, 'harness', 'run_checks.py') });

  const load = loadCurriculum(root, { origin: 'workspace' });
  for (const diagnostic of load.diagnostics) console.log(formatDiagnostic(diagnostic));
  let problems = load.diagnostics.length;
  for (const track of load.tracks) {
    for (const lesson of lessonsOf(track)) {
      for (const milestone of lesson.milestones) {
        if (milestone.kind !== 'code') continue;
        const result = await selfTestMilestone(lesson, milestone, { runner, interpreter: [python], solutionDir: path.join(solutions, track.id, lesson.id) });
        const ok = result.verdict === 'ok';
        if (!ok) problems++;
        console.log(`${ok ? '✓' : '✗'} ${milestone.key}: ${result.summary}`);
      }
    }
  }
  console.log(`\n${load.tracks.length} tracks checked, ${problems} problem${problems === 1 ? '' : 's'}`);
  return problems === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (error) => {
  console.error(error);
  process.exit(2);
});
