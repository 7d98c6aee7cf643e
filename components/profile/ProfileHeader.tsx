import { Fragment, type ReactNode } from "react";
import "./profile.css";

export interface ProfileHeaderProps {
  /** What the page is about, above its title: "Pays partenaire", "Commune"… */
  kicker: string;
  title: string;
  /** The dashboard filters the page applies besides its entity. */
  subtitle: string;
  /** The entity's identity card (label → value), from data: rendered as text. */
  facts?: { label: string; value: string }[];
  /** The page's actions (ProfileActions). */
  children?: ReactNode;
}

/** Title block of a profile page: kind, name, filters applied, identity card and actions. */
export function ProfileHeader({ kicker, title, subtitle, facts = [], children }: ProfileHeaderProps) {
  return (
    <header className="fr-mb-3w">
      <p className="fr-badge fr-badge--blue-france fr-badge--no-icon profile-kicker">{kicker}</p>
      <h1 className="fr-h2 fr-mb-1w">{title}</h1>
      <p className="fr-text--sm profile-subtitle" data-testid="profile-filters">{subtitle}</p>
      {facts.length > 0 ? (
        <dl className="profile-facts">
          {facts.map((fact) => (
            <Fragment key={fact.label}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </Fragment>
          ))}
        </dl>
      ) : null}
      {children}
    </header>
  );
}
