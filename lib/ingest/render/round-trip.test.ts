import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_DEMO_OPTIONS, generateDemoPartnerships } from "../../demo/generate";
import type { Partnership } from "../../model";
import { makePartnership } from "../../test-support/factories";
import { ficheRendering, parseFiche } from "../fiche";
import { FICHE_RENDERERS } from "./index";

const REAL_FILE = "atlas-fiche-15909-dijon-chefchaouen.txt";
const real = parseFiche(readFileSync(new URL(`../../../data/real/${REAL_FILE}`, import.meta.url), "utf8"), { file: REAL_FILE });

/** What the fiche's texts and tables can hold that the seed and the demo records leave out. */
const edge = makePartnership({
  id: "edge",
  title: `Coopération « Eau & vie » : <b>'l'accès'</b> "pour tous"\nSous-titre`,
  theme: { theme: "Economie durable", subTheme: "Agriculture et développement rural", subSubTheme: "Agriculture et agroalimentaire" },
  otherThemes: [
    { theme: "Economie durable", subTheme: null, subSubTheme: null, priority: null },
    { theme: "Education, Social et Recherche", subTheme: "Education, emploi, formation professionnelle", subSubTheme: null, priority: 2 },
  ],
  status: "completed",
  endDate: "2016-02-29",
  context: "Premier paragraphe.\nSecond paragraphe, avec 12 500 € & 3 < 4.",
  objectives: { local: null, france: "Sensibiliser les habitants." },
  triennial: true,
  foreignContacts: [
    { partner: "Municipalité de Chefchaouen", lastName: "Exemple", firstName: null, role: "chargé de mission", email: null },
    { partner: null, lastName: null, firstName: "Awa", role: null, email: "awa@example.org" },
  ],
  embassy: {
    post: "Ambassade de France à Rabat",
    contacts: [
      { role: "Correspondant coopération décentralisée", name: "Jeanne EXEMPLE", email: "jeanne.exemple[at]diplomatie.gouv.fr" },
      { role: "Conseiller de coopération et d'action culturelle", name: "Paul EXEMPLE", email: null },
    ],
  },
  funding: [
    { financer: "Agence de l'eau Loire-Bretagne", category: "other", amount: 12500.5, oudinAmount: 3000, year: 2020 },
    { financer: "Dijon", category: "french-authority", amount: 800, oudinAmount: null, year: 2021 },
  ],
  volunteers: [{ lastName: "EXEMPLE", firstName: "Jean", mission: "Appui", fieldOfAction: null, assignment: "Région Anosy" }],
});

/** A record whose optional fields are all empty. */
const bare = makePartnership({
  id: "bare",
  firstSignatureYear: null,
  theme: null,
  startYear: null,
  status: null,
  form: null,
  frenchAuthorities: [],
  foreignPartners: [],
});

// Fifty generated records (the demo at a small scale, as `atlas demo --scale` makes it).
const demo = generateDemoPartnerships({ ...DEFAULT_DEMO_OPTIONS, scale: 0.005 }).slice(0, 50);
const RECORDS: Partnership[] = [real, edge, bare, ...demo];

/**
 * What a fiche carries, to compare a record with the parse of its rendering. Left out: the id and
 * the source, which come from the file (its name, or the page's canonical address) and not from
 * the fiche's content; and of a French authority all but its name: the fiche prints the name only,
 * the importer resolves code, kind and place from it (homonymous communes resolve to one of them).
 */
const carried = (p: Partnership) => ({
  ...p,
  id: undefined,
  source: undefined,
  frenchAuthorities: p.frenchAuthorities.map((a) => a.name),
});

describe.each(Object.entries(FICHE_RENDERERS))("a fiche written as %s and read back", (rendering, render) => {
  it(`gives back every record of the sample (the real fiche, two edge cases, ${demo.length} demo records)`, () => {
    expect(demo).toHaveLength(50);
    for (const record of RECORDS) {
      const text = render(record);
      expect(ficheRendering(text), record.id).toBe(rendering);
      expect(carried(parseFiche(text)), record.id).toEqual(carried(record));
    }
  });

  it("gives the real fiche back whole, its authorities resolved as before", () => {
    const parsed = parseFiche(render(real));
    expect(parsed.frenchAuthorities).toEqual(real.frenchAuthorities);
    expect(parsed.funding).toEqual(real.funding);
  });

  it("names a record without an Atlas id by its content, and one with an id by the id the page or file carries", () => {
    const generated = demo[0]!;
    const parsed = parseFiche(render(generated));
    expect(parsed.id).toMatch(/^fiche-[0-9a-f]{10}$/);
    expect(parseFiche(render(generated)).id).toBe(parsed.id);
    expect(parsed.source).toMatchObject({ kind: "atlas-fiche", atlasId: null });
    // Only the saved page carries the Atlas id (its canonical address); the texts get it from the file name.
    const id = rendering === "html" ? parseFiche(render(real)).id : parseFiche(render(real), { file: REAL_FILE }).id;
    expect(id).toBe("15909");
  });
});
