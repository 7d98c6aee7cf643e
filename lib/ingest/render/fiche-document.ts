import type { Partnership } from "../../model";

/**
 * A Partnership laid out as the Atlas prints its fiche: the labels in the page's order and wording
 * (those of the real fiche 15909), each followed by its content. Every renderer (page text, browser
 * copy, HTML) prints this one layout, so that they differ only in how a page is written down.
 */

/** A column of the Atlas's tables holding a picture (a flag, a logo): an empty cell in a copy or HTML. */
export const IMAGE_CELL = Symbol("image");
export type Cell = string | typeof IMAGE_CELL;

export interface FicheTable {
  columns: string[];
  /** Every cell in its column; "" when empty. */
  rows: Cell[][];
  /**
   * The page text drops the empty cells of these tables' rows ("Dijon | 11241 | 2020 | |||"): the
   * funding table pads the row with the pipes of the cells it dropped, the themes' table does not.
   */
  pageTextDrops: "none" | "padded" | "unpadded";
  /** The Atlas prints a pager ("<< < 1 > >>") under the table. */
  pager: boolean;
}

export type Block =
  /** Value lines: a one-line value, or a text's paragraphs. */
  | { kind: "text"; lines: string[] }
  /** "Objectifs locaux :", "Objectifs en France :" inside the objectives. */
  | { kind: "subheading"; text: string }
  /** A contact of the diplomatic post: role, name, e-mail, as printed. */
  | { kind: "contact"; role: string; name: string | null; email: string | null }
  | { kind: "table"; table: FicheTable };

export interface FicheSection {
  label: string;
  /** The diplomatic post's section (its label carries the post). */
  embassy?: boolean;
  /** A label that is its own value ("Le partenariat n'est pas triennal"): printed as a sentence. */
  sentence?: boolean;
  blocks: Block[];
}

const OUDIN = "Montant 1% Eau (Loi Oudin 2005)";
const STATUS_TEXT = { ongoing: "En cours", completed: "Terminé" } as const;

/** A text's lines as the page prints them, one a paragraph; blank lines are not printed. */
const lines = (text: string | null | undefined) => (text ?? "").split("\n").filter((line) => line.trim() !== "");
const text = (value: string | number | null | undefined): Block[] =>
  value === null || value === undefined || value === "" ? [] : [{ kind: "text", lines: lines(String(value)) }];

/** "31/12/2021" from "2021-12-31". */
export function frenchDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}

/** An amount as the Atlas prints it: digits, and a decimal comma when there are cents. */
export function frenchAmount(amount: number): string {
  return String(amount).replace(".", ",");
}

function table(columns: string[], rows: Cell[][], options: Partial<Pick<FicheTable, "pageTextDrops" | "pager">> = {}): Block[] {
  return [{ kind: "table", table: { columns, rows, pageTextDrops: options.pageTextDrops ?? "none", pager: options.pager ?? false } }];
}

function objectives(p: Partnership): Block[] {
  const blocks: Block[] = [];
  if (p.objectives.local) blocks.push({ kind: "subheading", text: "Objectifs locaux :" }, ...text(p.objectives.local));
  if (p.objectives.france) blocks.push({ kind: "subheading", text: "Objectifs en France :" }, ...text(p.objectives.france));
  return blocks;
}

/** The sections of a partnership's fiche, in the page's order; a value the record lacks leaves its label empty. */
export function ficheDocument(p: Partnership): FicheSection[] {
  const sections: FicheSection[] = [];
  const add = (label: string, blocks: Block[]) => sections.push({ label, blocks });
  if (p.embassy) {
    sections.push({
      label: `Contacts dans le poste diplomatique "${p.embassy.post}"`,
      embassy: true,
      blocks: p.embassy.contacts.map((contact) => ({ kind: "contact", ...contact })),
    });
  }
  add("Titre", text(p.title));
  add("Année de première signature de la convention", text(p.firstSignatureYear));
  add("Thématique d'intervention", text(p.theme?.theme));
  add("Sous-thématique d'intervention", text(p.theme?.subTheme));
  add("Sous-sous-thématique d'intervention", text(p.theme?.subSubTheme));
  add(
    "Autres thématiques mises en œuvre pour le partenariat",
    table(
      ["Thématique éligible", "Sous-thématique", "Sous-sous-thématique", "Priorité"],
      p.otherThemes.map((t) => [t.theme, t.subTheme ?? "", t.subSubTheme ?? "", t.priority === null ? "" : String(t.priority)]),
      { pageTextDrops: "unpadded", pager: true },
    ),
  );
  add("Année de début du partenariat", text(p.startYear));
  add("Le partenariat est", text(p.status && STATUS_TEXT[p.status]));
  add("Date de fin du partenariat", text(p.endDate && frenchDate(p.endDate)));
  add("Contexte", text(p.context));
  add("Historique", text(p.history));
  add("Objectif du partenariat", objectives(p));
  add("Description détaillée du partenariat", text(p.description));
  add("Votre partenariat prend la forme d'un(e)", text(p.form));
  add(
    "Partenaires étrangers du partenariat",
    table(["Nom de la collectivité étrangère", "Pays", ""], p.foreignPartners.map((f) => [f.name, f.countryName, IMAGE_CELL])),
  );
  add(
    "Contacts dans les partenaires étrangers du partenariat",
    table(
      ["Nom de la collectivité étrangère", "Nom", "Prénom", "Fonction", "Courriel"],
      p.foreignContacts.map((c) => [c.partner ?? "", c.lastName ?? "", c.firstName ?? "", c.role ?? "", c.email ?? ""]),
    ),
  );
  add(
    "Collectivités territoriales partenaires du partenariat",
    table(["Nom de la collectivité territoriale", ""], p.frenchAuthorities.map((a) => [a.name, IMAGE_CELL])),
  );
  // The label is the value; a record that does not say prints neither.
  if (p.triennial !== null) {
    sections.push({ label: p.triennial ? "Le partenariat est triennal" : "Le partenariat n'est pas triennal", sentence: true, blocks: [] });
  }
  add(
    "Financement du partenariat",
    table(
      ["Nom du financeur", "Montant en euros", OUDIN, OUDIN, OUDIN, "Année"],
      p.funding.map((r) => {
        // Each 1 % Eau amount in its column; a single one (or their sum alone) in the first.
        const oudin = (r.oudinAmounts ?? (r.oudinAmount === null ? [] : [r.oudinAmount])).map(frenchAmount);
        return [r.financer, frenchAmount(r.amount), oudin[0] ?? "", oudin[1] ?? "", oudin[2] ?? "", r.year === null ? "" : String(r.year)];
      }),
      { pageTextDrops: "padded", pager: true },
    ),
  );
  add(
    "Volontaires impliqués dans le partenariat (VSI, service civique, etc.) d'Échange et de Solidarité",
    table(
      ["Nom", "Prénom", "Mission", "Champs d'action", "Entité d'affectation"],
      p.volunteers.map((v) => [v.lastName ?? "", v.firstName ?? "", v.mission ?? "", v.fieldOfAction ?? "", v.assignment ?? ""]),
    ),
  );
  return sections;
}
