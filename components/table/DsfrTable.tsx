import type { HTMLAttributes, ReactNode } from "react";

export interface DsfrTableProps {
  /** The table's accessible name (hidden by the `fr-table--no-caption` modifier). */
  caption: ReactNode;
  /** DSFR modifiers and utility classes added to `fr-table`, e.g. "fr-table--sm fr-table--no-caption". */
  className?: string;
  /** Attributes of the scrolling element (`fr-table__content`): a class, or focus and a name when it scrolls. */
  content?: HTMLAttributes<HTMLDivElement>;
  /** The table's head and body. */
  children: ReactNode;
}

/** The DSFR table markup (`fr-table` › wrapper › container › content › table), written once for every table. */
export function DsfrTable({ caption, className, content, children }: DsfrTableProps) {
  return (
    <div className={className ? `fr-table ${className}` : "fr-table"}>
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div {...content} className={content?.className ? `fr-table__content ${content.className}` : "fr-table__content"}>
            <table>
              <caption>{caption}</caption>
              {children}
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
