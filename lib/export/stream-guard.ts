import type { Writable } from "node:stream";

/** How a writer learns that its destination failed or went away (a download cancelled). */
export interface StreamGuard {
  /** Rejects with the destination's first error, or when it closes before it finished. */
  interrupted: Promise<never>;
  /** That error once it happened. */
  failure(): Error | null;
  /** Throws that error, if any: a writer calls it between batches. */
  throwIfFailed(): void;
}

/**
 * Watches a destination stream, so that a writer rejects rather than waiting for ever on a
 * stream that will not drain any more.
 */
export function guardStream(stream: Writable): StreamGuard {
  let failure: Error | null = null;
  let finished = false;
  const interrupted = new Promise<never>((_, reject) => {
    const stop = (error: Error) => {
      failure ??= error;
      reject(failure);
    };
    // `on`: a second error with no listener left would crash the process.
    stream.on("error", stop);
    stream.once("finish", () => {
      finished = true;
    });
    stream.once("close", () => {
      if (!finished) stop(new Error("the stream closed before the workbook was written"));
    });
  });
  // Nobody awaits it once the race is over: a late error must not become an unhandled rejection.
  interrupted.catch(() => undefined);
  return {
    interrupted,
    failure: () => failure,
    throwIfFailed: () => {
      if (failure) throw failure;
    },
  };
}
