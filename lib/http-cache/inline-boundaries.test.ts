import { describe, expect, it } from "vitest";
import { inlineBoundaries } from "./inline-boundaries";

// React 19.2's out-of-order reveal, as Next.js 16 streams it (trimmed): its definition script ends
// with the first call; the others come one per script, each after its segment.
const DEFINE = '<script nonce="N">$RB=[];$RV=function(a){};$RC=function(a,b){};$RC("B:0","S:0")</script>';

const page = (body: string, tail: string) => `<!DOCTYPE html><html><head></head><body>${body}${tail}</body></html>`;

describe("inlineBoundaries", () => {
  it("puts each segment in its boundary's place, marks it complete, and drops the reveal calls and hidden segments", () => {
    const html = page(
      '<main><div data-island="filters"><!--$?--><template id="B:0"></template><!--/$--></div>' +
        '<p>Chiffres</p><div data-island="themes"><!--$?--><template id="B:1"></template><p class="fallback">…</p><!--/$--></div></main><footer>pied</footer>',
      `${DEFINE}<div hidden id="S:0"><section><div><h2>Filtrer</h2></div></section></div>` +
        '<div hidden id="S:1"><section id="themes"><div><svg><g><text>Eau</text></g></svg></div></section></div>' +
        '<script nonce="N">$RC("B:1","S:1")</script><script nonce="N">self.__next_f.push([1,"x"])</script>',
    );
    const out = inlineBoundaries(html);
    expect(out).toBe(
      page(
        '<main><div data-island="filters"><!--$--><section><div><h2>Filtrer</h2></div></section><!--/$--></div>' +
          '<p>Chiffres</p><div data-island="themes"><!--$--><section id="themes"><div><svg><g><text>Eau</text></g></svg></div></section><!--/$--></div></main><footer>pied</footer>',
        '<script nonce="N">$RB=[];$RV=function(a){};$RC=function(a,b){};</script><script nonce="N">self.__next_f.push([1,"x"])</script>',
      ),
    );
  });

  it("handles a boundary inside a segment, and markup that only looks like a div in a script or a style", () => {
    const html = page(
      '<!--$?--><template id="B:0"></template><!--/$-->',
      `${DEFINE}<div hidden id="S:0"><div><!--$?--><template id="B:1"></template><!--$--><i>inner done</i><!--/$--><!--/$--></div>` +
        '<script>var s="<div>";</script><style>.a::after{content:"</div>"}</style></div>' +
        '<div hidden id="S:1"><b>late</b></div><script>$RC("B:1","S:1")</script>',
    );
    const out = inlineBoundaries(html);
    expect(out).toContain('<!--$--><div><!--$--><b>late</b><!--/$--></div><script>var s="<div>";</script><style>.a::after{content:"</div>"}</style><!--/$-->');
    expect(out).not.toContain("hidden id=");
    expect(out).not.toContain('$RC("');
  });

  it("leaves to React's script a pair it cannot match: a missing segment, a repeated placeholder, a segment before its boundary", () => {
    const missing = page('<!--$?--><template id="B:0"></template><!--/$-->', DEFINE);
    expect(inlineBoundaries(missing)).toBe(missing);
    const twice = page(
      '<!--$?--><template id="B:0"></template><!--/$--><!--$?--><template id="B:0"></template><!--/$-->',
      `${DEFINE}<div hidden id="S:0"><p>x</p></div>`,
    );
    expect(inlineBoundaries(twice)).toBe(twice);
    const before = page('<div hidden id="S:0"><p>x</p></div><!--$?--><template id="B:0"></template><!--/$-->', DEFINE);
    expect(inlineBoundaries(before)).toBe(before);
  });

  it("leaves a page without out-of-order boundaries as it is", () => {
    const plain = page("<!--$--><p>inlined by React</p><!--/$-->", '<script nonce="N">self.__next_f.push([1,"x"])</script>');
    expect(inlineBoundaries(plain)).toBe(plain);
  });
});
