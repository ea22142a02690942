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
}

const FRAME = /^\s*File "(.+)", line (\d+) in (.+)$/;

/** Reads faulthandler's text. Frames are listed innermost first. */
export function parseFaultLog(text: string, workspace: string): FaultReport {
  const report: FaultReport = {};
  const headline = text.split('\n').find((line) => line.startsWith('Fatal Python error') || line.startsWith('Timeout'));
  if (headline) report.headline = headline.trim();
  const root = path.resolve(workspace);
  for (const line of text.split('\n')) {
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
