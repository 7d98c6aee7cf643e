import { describe, expect, it } from "vitest";
import { BOXES, fitPicture, filtersLine, footerLines, frenchDate, hexColor, plainText, SLIDE } from "./pptx-layout";
import type { ExportNotes } from "./types";

describe("frenchDate", () => {
  it("writes the dataset's date in words, the first of the month as an ordinal", () => {
    expect(frenchDate("2026-11-30")).toBe("30 novembre 2026");
    expect(frenchDate("2026-12-01")).toBe("1er décembre 2026");
    expect(frenchDate("2027-02-14")).toBe("14 février 2027");
  });

  it("shows a date it cannot read as given", () => {
    expect(frenchDate("30/11/2026")).toBe("30/11/2026");
    expect(frenchDate("")).toBe("");
  });
});

describe("filtersLine", () => {
  it("joins the filters, or says there is none", () => {
    expect(filtersLine(["Pays : Sénégal", "Années : 2015 – 2020"])).toBe("Pays : Sénégal · Années : 2015 – 2020");
    expect(filtersLine([])).toBe("Sans filtre");
    expect(filtersLine([" ", ""])).toBe("Sans filtre");
  });
});

describe("footerLines", () => {
  const notes: ExportNotes = {
    title: "T",
    filters: [],
    caption: "C",
    source: "Source : Atlas",
    datasetDate: "2026-11-30",
    licence: "",
    demo: false,
  };

  it("gives the source and the date, and the demo warning for the generated data set", () => {
    expect(footerLines(notes)).toEqual(["Source : Atlas · Données au 30 novembre 2026"]);
    expect(footerLines({ ...notes, licence: "Licence Ouverte 2.0", demo: true })).toEqual([
      "Source : Atlas · Licence Ouverte 2.0 · Données au 30 novembre 2026",
      "Données de démonstration : chiffres générés, non réels",
    ]);
  });
});

describe("hexColor", () => {
  it("turns CSS hex colours into pptxgenjs's bare form, anything else into grey", () => {
    expect(hexColor("#000091")).toBe("000091");
    expect(hexColor("#a558a0")).toBe("A558A0");
    expect(hexColor("#09f")).toBe("0099FF");
    expect(hexColor("var(--blue)")).toBe("929292");
  });
});

describe("plainText", () => {
  it("removes the control characters XML forbids and keeps tabs, line breaks and accents", () => {
    expect(plainText("a\u0000b\u0008c\u000bd\u001fé\tf\ng")).toBe("abcdé\tf\ng");
  });
});

describe("fitPicture", () => {
  it("scales a picture into the figure's box without distorting it, centred", () => {
    const area = { x: 1, y: 2, w: 10, h: 4 };
    expect(fitPicture(800, 400, area)).toEqual({ x: 2, y: 2, w: 8, h: 4 });
    expect(fitPicture(2000, 400, area)).toEqual({ x: 1, y: 3, w: 10, h: 2 });
    expect(fitPicture(0, 400, area)).toEqual(area);
  });
});

describe("BOXES", () => {
  it("stack top to bottom inside the slide without overlapping", () => {
    const boxes = [BOXES.title, BOXES.filters, BOXES.figure, BOXES.caption, BOXES.footer];
    for (const [above, below] of boxes.slice(0, -1).map((box, index) => [box, boxes[index + 1]!] as const)) {
      expect(above.y + above.h).toBeLessThanOrEqual(below.y + 1e-9);
    }
    for (const box of boxes) {
      expect(box.x + box.w).toBeLessThanOrEqual(SLIDE.width);
      expect(box.y + box.h).toBeLessThanOrEqual(SLIDE.height);
    }
  });
});
