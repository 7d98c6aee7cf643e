import { z } from "zod";
import { AUTHORITY_KINDS, FINANCER_CATEGORIES, STATUSES } from "./model-codes";

export { AUTHORITY_KINDS, FINANCER_CATEGORIES, STATUSES };

/**
 * The one model of a partnership of the Atlas français de la coopération décentralisée.
 * Every boundary (fiche parser, CSV/JSON import, demo generator, dataset file) produces values
 * that pass these schemas; types are inferred from them so parser and type cannot drift.
 */

const text = z.string().min(1);
const year = z.number().int().min(1900).max(2100);

/** "Thématique › Sous-thématique › Sous-sous-thématique" as labelled on the fiche. */
const themeRefSchema = z.object({
  theme: text,
  subTheme: text.nullable(),
  subSubTheme: text.nullable(),
});
export type ThemeRef = z.infer<typeof themeRefSchema>;

/** A row of "Autres thématiques mises en œuvre pour le partenariat"; priority 1 is the first. */
const otherThemeSchema = themeRefSchema.extend({
  priority: z.number().int().min(1).nullable(),
});
export type OtherTheme = z.infer<typeof otherThemeSchema>;

const authorityKindSchema = z.enum(AUTHORITY_KINDS);
export type AuthorityKind = z.infer<typeof authorityKindSchema>;

/**
 * A French local authority. `code` is the INSEE code (commune, département, région, overseas
 * collectivity) or the SIREN (EPCI), resolved with @etalab/decoupage-administratif, or the
 * project's own code of a New Caledonian province ("988-sud", see lib/authorities.ts); null when
 * the name could not be resolved. `departement` and `region` are INSEE codes of where it sits
 * (null when unknown); overseas, INSEE puts the collectivity's code in both.
 */
const frenchAuthoritySchema = z.object({
  name: text,
  code: text.nullable(),
  kind: authorityKindSchema.nullable(),
  departement: text.nullable(),
  region: text.nullable(),
});
export type FrenchAuthority = z.infer<typeof frenchAuthoritySchema>;

/** A foreign partner authority. `country` is ISO 3166-1 alpha-2, null when the name is unknown. */
const foreignPartnerSchema = z.object({
  name: text,
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  countryName: text,
});
export type ForeignPartner = z.infer<typeof foreignPartnerSchema>;

/** "Contacts dans les partenaires étrangers du partenariat" (only from real fiches; never generated). */
const foreignContactSchema = z.object({
  partner: text.nullable(),
  lastName: text.nullable(),
  firstName: text.nullable(),
  role: text.nullable(),
  email: text.nullable(),
});
export type ForeignContact = z.infer<typeof foreignContactSchema>;

/** One contact of the diplomatic post, as printed (name and e-mail only from real fiches). */
const embassyContactSchema = z.object({
  role: text,
  name: text.nullable(),
  email: text.nullable(),
});

/** "Contacts dans le poste diplomatique …": the French embassy of the partner country. */
const embassySchema = z.object({
  post: text,
  contacts: z.array(embassyContactSchema),
});
export type Embassy = z.infer<typeof embassySchema>;

const financerCategorySchema = z.enum(FINANCER_CATEGORIES);
/**
 * Derived from the financer's name: the MEAE (the State), the French authority's own funds,
 * "Collectivités et partenaires étrangers", or anything else (AFD, EU, agences de l'eau…).
 */
export type FinancerCategory = z.infer<typeof financerCategorySchema>;

/** One row of "Financement du partenariat". Amounts are in euros. */
const fundingRowSchema = z.object({
  financer: text,
  category: financerCategorySchema,
  amount: z.number().finite().min(0),
  /** "Montant 1% Eau (Loi Oudin 2005)", null when the column is empty; the sum when the row has several. */
  oudinAmount: z.number().finite().min(0).nullable(),
  /**
   * The fiche's table has three "Montant 1% Eau" columns: when a row fills more than one, each
   * amount in column order (their sum is `oudinAmount`). Absent when there is at most one.
   */
  oudinAmounts: z.array(z.number().finite().min(0)).min(2).optional(),
  year: year.nullable(),
});
export type FundingRow = z.infer<typeof fundingRowSchema>;

/** "Volontaires impliqués dans le partenariat (VSI, service civique, etc.)". */
const volunteerSchema = z.object({
  lastName: text.nullable(),
  firstName: text.nullable(),
  mission: text.nullable(),
  fieldOfAction: text.nullable(),
  assignment: text.nullable(),
});
export type Volunteer = z.infer<typeof volunteerSchema>;

const SOURCE_KINDS = ["atlas-fiche", "csv", "spreadsheet", "json", "demo"] as const;
/**
 * Where a record came from. `real` is true for records read from the real Atlas (a fiche page or
 * a transcription of one) and false for generated ones, which must never be shown as real.
 */
const sourceSchema = z.object({
  kind: z.enum(SOURCE_KINDS),
  real: z.boolean(),
  /** The file it was imported from, relative to where the import ran. */
  file: text.nullable(),
  /** The public Atlas page of the record, when known. */
  url: text.nullable(),
  /** The Atlas's own project id (`criteres.prjId`), when known. */
  atlasId: z.number().int().positive().nullable(),
});
export type Source = z.infer<typeof sourceSchema>;

const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

export const partnershipSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "id: letters, digits, - and _ only"),
  /** The whole title; a subtitle line is kept after a line break. */
  title: text,
  firstSignatureYear: year.nullable(),
  theme: themeRefSchema.nullable(),
  otherThemes: z.array(otherThemeSchema),
  startYear: year.nullable(),
  /** "En cours" → ongoing, "Terminé" → completed. */
  status: statusSchema.nullable(),
  endDate: z.iso.date().nullable(),
  context: text.nullable(),
  history: text.nullable(),
  objectives: z.object({ local: text.nullable(), france: text.nullable() }),
  description: text.nullable(),
  /** "Votre partenariat prend la forme d'un(e)", e.g. "Projet de coopération décentralisée". */
  form: text.nullable(),
  triennial: z.boolean().nullable(),
  frenchAuthorities: z.array(frenchAuthoritySchema),
  foreignPartners: z.array(foreignPartnerSchema),
  foreignContacts: z.array(foreignContactSchema),
  embassy: embassySchema.nullable(),
  funding: z.array(fundingRowSchema),
  volunteers: z.array(volunteerSchema),
  source: sourceSchema,
});
export type Partnership = z.infer<typeof partnershipSchema>;

/** Describes a whole dataset: generated (demo) or imported, and how. */
const datasetMetaSchema = z.object({
  /** Set when the dataset was generated: every figure built on it is demonstration data. */
  demo: z
    .object({ seed: z.number().int(), scale: z.number().positive(), referenceYear: year })
    .nullable(),
  /** Free text shown as the dataset's provenance. */
  description: text,
  /** ISO date of the last import or generation. */
  updatedAt: z.iso.date(),
});

export const DATASET_FORMAT = "atlas-cooperation/dataset@1";

export const datasetSchema = z.object({
  format: z.literal(DATASET_FORMAT),
  meta: datasetMetaSchema,
  partnerships: z.array(partnershipSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;

/** A stable key for a French authority, usable in URLs: "commune-21231", or "nom-dijon" when unresolved. */
export function authorityKey(authority: FrenchAuthority): string {
  if (authority.kind && authority.code) return `${authority.kind}-${authority.code}`;
  const slug = authority.name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `nom-${slug}`;
}
