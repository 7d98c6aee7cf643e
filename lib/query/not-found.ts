/**
 * A query that names something the answer does not hold (a row key that is no row of the
 * breakdown): a 404 naming the parameter, where a malformed or unknown value is a QueryError (400).
 */
export class NotFoundError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(`${param}: ${message}`);
    this.name = "NotFoundError";
  }
}

/** By name, not instanceof: each Next.js route bundle has its own copy of this module (as isQueryError). */
export function isNotFoundError(error: unknown): error is NotFoundError {
  return error instanceof Error && error.name === "NotFoundError" && typeof (error as NotFoundError).param === "string";
}
