/**
 * The harness asks Python's `faulthandler` to write a traceback beside the results file when the
 * process crashes or hangs in C code. When no results could be written, this text still says
 * which line of the learner's code was running.
 */
import * as path from 'node:path';
import type { SourceLocation } from './results';
import { isInside } from '../curriculum/paths';

export interface FaultReport {
  /** The first line, e.g. "Fatal Python error: Segmentation fault". */
  headline?: string;
  /** Innermost frame inside the workspace. */
  location?: SourceLocation;
  /** Function name of that frame. */
  functionName?: string;
  /**
   * The stack was very deep when the process died: faulthandler cut it short (it shows 100
   * frames, then "..."), or one frame repeats again and again. Deep recursion under a raised
   * recursion limit crashes Python this way when the C stack runs out.
   */
  deepStack?: boolean;
}

/** faulthandler shows at most this many frames of a thread. */
const FAULTHANDLER_MAX_FRAMES = 100;

const FRAME = /^\s*File "(.+)", line (\d+) in (.+)$/;

/** Reads faulthandler's text. Frames are listed innermost first. */
export function parseFaultLog(text: string, workspace: string): FaultReport {
  const report: FaultReport = {};
  const headline = text.split('\n').find((line) => line.startsWith('Fatal Python error') || line.startsWith('Timeout'));
  if (headline) report.headline = headline.trim();
  const root = path.resolve(workspace);
  const lines = text.split('\n');
  const frames = lines.filter((line) => FRAME.test(line));
  const innermost = frames[0]?.trim();
  const repeats = innermost ? frames.filter((line) => line.trim() === innermost).length : 0;
  if (frames.length >= FAULTHANDLER_MAX_FRAMES || lines.some((line) => line.trim() === '...') || repeats >= 50) report.deepStack = true;
  for (const line of lines) {
    const frame = FRAME.exec(line);
    if (!frame) continue;
    const file = path.resolve(frame[1]!);
    if (!isInside(root, file)) continue;
    report.location = { file: path.relative(root, file).split(path.sep).join('/'), line: Number(frame[2]), column: 1 };
    report.functionName = frame[3]!.trim();
    break;
  }
  return report;
}
