/** Ports of the two production servers the end-to-end tests start (see playwright.config.ts). */
export const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The server on a dataset imported from e2e/fixtures only. */
export const IMPORTED_PORT = PORT + 1;
/** A second server over PORT's dataset, started by e2e/instances.spec.ts: two instances must answer alike. */
export const SECOND_PORT = PORT + 2;
