import type { Ref } from "react";
import { filtersLine } from "@/lib/export/pptx-layout";
import type { DeckSlide } from "@/lib/presentation/slides";

export interface SlideContentProps {
  slide: DeckSlide;
  /** The title's id (the slide is labelled by it) and ref (the player focuses it on each slide). */
  titleId: string;
  titleRef?: Ref<HTMLHeadingElement>;
  /** Id of the text that says "Diapositive 3 sur 7", read with the title. */
  describedBy?: string;
}

/**
 * One slide as the player shows it, and as the PowerPoint lays it out: title, filters, figure,
 * caption, source and date. Every text comes from the data and is rendered as text.
 */
export function SlideContent({ slide, titleId, titleRef, describedBy }: SlideContentProps) {
  const { figure } = slide;
  return (
    <article className="deck-slide" aria-labelledby={titleId}>
      <h2 id={titleId} ref={titleRef} tabIndex={-1} className="deck-slide__title" aria-describedby={describedBy}>
        {slide.title}
      </h2>
      <p className="deck-slide__filters">{filtersLine(slide.filters)}</p>
      <div className="deck-slide__figure">
        {figure.kind === "image" ? (
          // biome-ignore lint/performance/noImgElement: the panel's SVG export, drawn by the server at its final size; next/image would refuse SVG
          <img src={figure.src} alt={slide.caption} />
        ) : (
          <ul className="deck-figures">
            {figure.items.map((item) => (
              <li key={item.label} className="deck-figures__item">
                <span className="deck-figures__value">{item.value}</span> <span className="deck-figures__label">{item.label}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="deck-slide__caption">{slide.caption}</p>
      <footer className="deck-slide__footer">
        {slide.footer.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </footer>
    </article>
  );
}
