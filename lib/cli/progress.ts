/**
 * A progress line on stderr for long work, as command-line tools researchers know draw one: nothing for
 * the first two seconds (short runs stay silent), then `label done/total` redrawn in place at most ten
 * times a second, and the line erased at the end so the next output starts clean. Only on a terminal:
 * when stderr is a file or a pipe the line is never written, so logs and piped output hold no \r noise.
 *
 * @example
 * const bar = progressLine("toolmix code: coding texts", files.length);
 * files.forEach((f, i) => { work(f); bar.step(i + 1); });
 * bar.done();
 */

/** Where the line goes: a stream that says whether it is a terminal. */
export interface ProgressSink {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** A running progress line. */
export interface Progress {
  /** `done` of the total units are finished. */
  step(done: number): void;
  /** The work is over: the line, if drawn, is erased. */
  done(): void;
}

const SILENT: Progress = { step: () => undefined, done: () => undefined };

/** ANSI: erase from the cursor to the end of the line. */
const ERASE = "\u001b[K";

/** The silent start in ms: 2000, or TOOLMIX_PROGRESS_DELAY_MS (a test drawing the line on small input). */
function defaultDelay(): number {
  const ms = Number(process.env.TOOLMIX_PROGRESS_DELAY_MS);
  return Number.isFinite(ms) && ms >= 0 ? ms : 2000;
}

/** A progress line for `total` units of work; `clock` and `delayMs` are for tests. */
export function progressLine(label: string, total: number, sink: ProgressSink = process.stderr, clock: () => number = Date.now, delayMs = defaultDelay()): Progress {
  if (sink.isTTY !== true || total <= 0) return SILENT;
  const start = clock();
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    step(done) {
      const now = clock();
      if (now - start < delayMs || (now - drawnAt < 100 && done < total)) return;
      drawnAt = now;
      drawn = true;
      sink.write(`\r${label} ${done}/${total} (${Math.floor((100 * done) / total)} %)${ERASE}`);
    },
    done() {
      if (drawn) sink.write(`\r${ERASE}`);
      drawn = false;
    },
  };
}
