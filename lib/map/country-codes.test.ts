import { describe, expect, it } from "vitest";
import { countryNumericCode } from "./country-codes";

describe("countryNumericCode", () => {
  it("gives the zero-padded numeric code of the world-atlas shapes", () => {
    expect(countryNumericCode("MA")).toBe("504");
    expect(countryNumericCode("BJ")).toBe("204");
    expect(countryNumericCode("AF")).toBe("004");
  });
  it("is null for a code that is not a country", () => {
    expect(countryNumericCode("ZZ")).toBeNull();
  });
});
