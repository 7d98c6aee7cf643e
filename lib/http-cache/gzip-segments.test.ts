import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compressSegments, gzipWithNonce, joinWithNonce, splitOnNonce } from "./gzip-segments";

const NONCE = "AAAAAAAAAAAAAAAAAAAAAA==";

describe("gzip with a nonce spliced in", () => {
  it("cuts a text at its nonces and puts another back", () => {
    const text = Buffer.from(`a${NONCE}bb${NONCE}${NONCE}c`);
    const pieces = splitOnNonce(text, NONCE);
    expect(pieces.map(String)).toEqual(["a", "bb", "", "c"]);
    expect(joinWithNonce(pieces, "N").toString()).toBe("aNbbNNc");
    expect(joinWithNonce(splitOnNonce(Buffer.from("none"), NONCE), "N").toString()).toBe("none");
  });

  it("makes a gzip stream that inflates to the text with the new nonce, whatever the pieces' sizes", () => {
    const parts = [`<html>${"<p>répété</p>".repeat(3000)}`, "", "x", "<script>".repeat(5000), "</html>"];
    const text = Buffer.from(parts.join(NONCE));
    const segments = compressSegments(splitOnNonce(text, NONCE), NONCE.length);
    for (const nonce of ["QkJCQkJCQkJCQkJCQkJCQg==", "Q0NDQ0NDQ0NDQ0NDQ0NDQw=="]) {
      expect(gunzipSync(gzipWithNonce(segments, nonce)).toString()).toBe(parts.join(nonce));
    }
  });

  it("refers back across pieces but never into a nonce, even when the next nonce repeats text around it", () => {
    // A new nonce made of the text that surrounds the old one: a back-reference into the nonce
    // would copy the wrong bytes.
    const piece = `<script nonce="`;
    const text = Buffer.from(Array.from({ length: 50 }, () => piece).join(NONCE));
    const segments = compressSegments(splitOnNonce(text, NONCE), NONCE.length);
    const nonce = `<script nonce="<script n`;
    expect(gunzipSync(gzipWithNonce(segments, nonce)).toString()).toBe(Array.from({ length: 50 }, () => piece).join(nonce));
  });

  it("compresses pieces alone when the text holds a zero byte", () => {
    const text = Buffer.from(`a\0b${NONCE}c\0d`);
    const segments = compressSegments(splitOnNonce(text, NONCE), NONCE.length);
    expect(gunzipSync(gzipWithNonce(segments, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0")).toString()).toBe(`a\0b${"\0".repeat(24)}c\0d`);
  });
});
