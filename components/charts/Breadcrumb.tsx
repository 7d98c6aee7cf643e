import { labelsOf } from "@/lib/labels";
import "./charts.css";

export interface BreadcrumbItem {
  label: string;
  /** Going back up to this level; omitted on the last item (the current level). */
  onSelect?: () => void;
}

export interface BreadcrumbProps {
  items: BreadcrumbItem[];
  /** Accessible name of the trail (default French: the dashboard gives its language's). */
  label?: string;
}

/**
 * The theme drill-down trail, with the DSFR `fr-breadcrumb` look. Earlier levels are buttons (they
 * change the filters in place, they are not links); the last item is the current level. The DSFR's
 * mobile "Voir le fil d'Ariane" collapse is left out: the trail is short and needs no script.
 */
export function Breadcrumb({ items, label = labelsOf().dashboard.charts.themeLevel }: BreadcrumbProps) {
  if (items.length === 0) return null;
  return (
    <nav className="fr-breadcrumb chart-breadcrumb" aria-label={label}>
      <ol className="fr-breadcrumb__list">
        {items.map((item, i) => {
          const current = i === items.length - 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a level of the drill-down is its depth (two levels may share a name)
            <li key={`${i}-${item.label}`}>
              {current || !item.onSelect ? (
                <span className="fr-breadcrumb__link chart-breadcrumb__current" aria-current={current ? "page" : undefined}>
                  {item.label}
                </span>
              ) : (
                <button type="button" className="fr-breadcrumb__link chart-breadcrumb__button" onClick={item.onSelect}>
                  {item.label}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
