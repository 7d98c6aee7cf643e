/**
 * Deployment settings read on the server. The State's marks (the "République Française" block
 * and Marianne) are reserved to public-service sites by the DSFR's terms: this tool is built for
 * the ministry, and ATLAS_STATE_MARKS=off removes them for any other deployment.
 */
export function stateMarksEnabled(): boolean {
  return (process.env.ATLAS_STATE_MARKS ?? "on").toLowerCase() !== "off";
}

/** The request header (set by proxy.ts on /embed/…) that tells the root layout to draw an embed: no site header, no footer. */
export const EMBED_HEADER = "x-atlas-embed";

