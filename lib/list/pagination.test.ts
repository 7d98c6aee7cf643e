import { describe, expect, it } from "vitest";
import { paginationItems } from "./pagination";

// "…" for a gap, [n] for the current page.
const render = (page: number, pageCount: number) =>
  paginationItems(page, pageCount)
    .map((item) => (item.kind === "ellipsis" ? "…" : item.current ? `[${item.page}]` : String(item.page)))
    .join(" ");

describe("paginationItems", () => {
  it.each([
    [1, 0, ""],
    [1, 1, "[1]"],
    [1, 3, "[1] 2 3"],
    [1, 10, "[1] 2 … 10"],
    [2, 10, "1 [2] 3 … 10"],
    [4, 10, "1 2 3 [4] 5 … 10"],
    [5, 10, "1 … 4 [5] 6 … 10"],
    [7, 10, "1 … 6 [7] 8 9 10"],
    [10, 10, "1 … 9 [10]"],
    [3, 5, "1 2 [3] 4 5"],
  ])("page %i of %i: %s", (page, pageCount, expected) => {
    expect(render(page, pageCount)).toBe(expected);
  });

  it("beyond the last page, keeps the window at the end with no current page", () => {
    expect(render(99, 10)).toBe("1 … 9 10");
  });

  it("shows wider windows on request", () => {
    expect(paginationItems(50, 100, 2).filter((i) => i.kind === "page").map((i) => i.kind === "page" && i.page)).toEqual([1, 48, 49, 50, 51, 52, 100]);
  });
});
