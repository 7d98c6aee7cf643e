"use client";
import useSWR, { useSWRConfig } from "swr";

/** An API answer that is not 2xx; `message` is the API's own explanation. */
export class ApiFetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiFetchError(body?.error?.message ?? `${response.status} ${response.statusText}`, response.status);
  }
  return (await response.json()) as T;
}

/**
 * One API request of a panel. While the next answer loads, the previous one stays on screen
 * (`stale` is then true, for dimming); the server's fallback answers the first paint.
 */
export function useApi<T>(key: string | null) {
  // The server's answer for the first paint is a fallback, not a cache entry: with keepPreviousData,
  // SWR would show the last other answer instead of it on coming back to that key (and, the
  // fallback counting as fresh, never fetch it), e.g. after removing the only filter.
  const { fallback } = useSWRConfig();
  const served = key !== null && fallback?.[key] !== undefined;
  const { data, error, isLoading } = useSWR<T, ApiFetchError>(key, fetchJson, {
    keepPreviousData: !served,
    revalidateOnFocus: false,
    revalidateIfStale: false,
  });
  return { data, error, stale: isLoading && data !== undefined };
}

/** One part of an answer as a panel gets it: the data, the request's error, and whether it is stale. */
export interface Answer<T> {
  data: T | undefined;
  error: ApiFetchError | undefined;
  stale: boolean;
}
