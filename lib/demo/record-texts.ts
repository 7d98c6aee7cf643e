/**
 * The free texts of a demo partnership (title, description, objectives, context, history), filled
 * from the templates of texts.ts with its authority, partner, country, year and domain.
 */
import type { ThemeRef } from "../model";
import type { Form } from "./form";
import type { ForeignPartner } from "./partners";
import type { Rng } from "./random";
import {
  capitalizeFirst,
  CHARTER_TITLES,
  CONTEXTS,
  EXCHANGE_LOCAL_OBJECTIVE,
  fill,
  FRANCE_OBJECTIVES,
  GENERIC_TITLES,
  HISTORIES,
  LOCAL_OBJECTIVE,
  nounForms,
  type NounForms,
  ofDomain,
  PARTNERSHIP_SENTENCE,
  SUB_THEME_TEXTS,
  TWINNING_LOCAL_OBJECTIVE,
  TWINNING_TITLES,
} from "./texts";
import type { ThemeProfile } from "./themes";

export interface RecordTexts {
  title: string;
  description: string | null;
  localObjective: string | null;
  franceObjective: string | null;
  context: string | null;
  history: string | null;
}

/** What the texts of one partnership speak of. */
export interface TextSubject {
  form: Form;
  profile: ThemeProfile;
  theme: ThemeRef | null;
  /** The lead French authority's name and its forms with articles. */
  french: string;
  frenchForms: NounForms;
  partner: ForeignPartner;
  countryName: string;
  firstSignatureYear: number;
}

/** Draws the texts of a partnership; the description, objectives, context and history are sometimes left empty. */
export function writeTexts(rng: Rng, subject: TextSubject): RecordTexts {
  const { form, profile, theme, partner } = subject;
  const domain = (theme?.subTheme && SUB_THEME_TEXTS[theme.subTheme]?.domain) || "coopération";
  const values = {
    fr: subject.french,
    leFr: subject.frenchForms.the,
    deFr: subject.frenchForms.of,
    place: partner.place,
    dePlace: nounForms(partner.place).of,
    partner: partner.name,
    lePartner: partner.forms.the,
    LePartner: capitalizeFirst(partner.forms.the),
    dePartner: partner.forms.of,
    aPartner: partner.forms.to,
    country: subject.countryName,
    year: String(subject.firstSignatureYear),
    domain,
    deDomain: ofDomain(domain),
  };
  const texts = theme?.subTheme ? SUB_THEME_TEXTS[theme.subTheme] : undefined;
  const titleTemplates =
    form === "Jumelage" ? TWINNING_TITLES
    : form === "Charte d'amitié" ? CHARTER_TITLES
    : texts && !rng.chance(0.1) ? texts.titles
    : GENERIC_TITLES;
  const title = fill(rng.pick(titleTemplates), values);
  const sentence = fill(PARTNERSHIP_SENTENCE, values);
  const description = rng.chance(0.05) ? null : texts ? `${rng.pick(texts.actions)} ${sentence}` : sentence;
  const localObjective =
    profile === "twinning" ? (rng.chance(0.6) ? fill(TWINNING_LOCAL_OBJECTIVE, values) : null)
    : profile === "development" ? (rng.chance(0.85) ? fill(LOCAL_OBJECTIVE, values) : null)
    : rng.chance(0.5) ? fill(EXCHANGE_LOCAL_OBJECTIVE, values)
    : null;
  const franceObjective = rng.chance(0.6) ? fill(rng.pick(FRANCE_OBJECTIVES), values) : null;
  const context = rng.chance(0.35) ? fill(rng.pick(CONTEXTS), values) : null;
  const history = rng.chance(0.25) ? fill(rng.pick(HISTORIES), values) : null;
  return { title, description, localObjective, franceObjective, context, history };
}
