import type { ReactNode } from "react";
import { CHART_STYLE } from "@/lib/charts/standalone-style";
import { wrapToWidth } from "@/lib/charts/wrap";

/** What a standalone document adds to a chart besides its title. */
export interface StandaloneText {
  /** A line under the title, e.g. the filters ("Maroc · 2015–2020"). */
  caption?: string;
  /** The source line at the bottom, e.g. `atlasSource({ demo })` from lib/charts/standalone-style. */
  source: string;
}

export interface StandaloneFrameProps extends StandaloneText {
  title: string;
  /** Width of the document, in px. The drawing is laid out at `frameInnerWidth(width)`. */
  width: number;
  /** Height of the drawing, in px. */
  height: number;
  /** Font size the drawing's text inherits. */
  fontSize: number;
  children: ReactNode;
}

const PADDING = 16;
const TITLE = { size: 18, line: 24 };
const CAPTION = { size: 13, line: 18 };
const SOURCE = { size: 11, line: 16 };
const GAP = 12;
/** Bold glyphs run about a tenth wider than the regular ones charsThatFit estimates, more so in a fallback font. */
const BOLD_WIDTH = 1.1;

/** Width left to the drawing inside a document `width` wide. */
export const frameInnerWidth = (width: number) => width - 2 * PADDING;

interface LinesProps {
  className: string;
  lines: string[];
  top: number;
  metrics: { size: number; line: number };
  fill: string;
  bold?: boolean;
}

/** Lines of text from `top` down, one <tspan> per line (SVG text does not wrap). */
function Lines({ className, lines, top, metrics, fill, bold }: LinesProps) {
  if (lines.length === 0) return null;
  return (
    <text className={className} fontSize={metrics.size} fontWeight={bold ? 700 : undefined} fill={fill}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one wrapped text, in order
        <tspan key={i} x={PADDING} y={top + i * metrics.line + metrics.size}>{line}</tspan>
      ))}
    </text>
  );
}

/**
 * A chart as a document of its own, for a file or a print: fixed size, the DSFR font written on the
 * root, every colour an attribute, the title (as <title> and as a heading), a caption, the drawing,
 * and the source. Renders the same with renderToStaticMarkup as in a browser.
 */
export function StandaloneFrame({ title, caption, source, width, height, fontSize, children }: StandaloneFrameProps) {
  const inner = frameInnerWidth(width);
  const titleLines = wrapToWidth(title, inner, TITLE.size * BOLD_WIDTH);
  const captionLines = caption ? wrapToWidth(caption, inner, CAPTION.size) : [];
  const captionTop = PADDING + titleLines.length * TITLE.line;
  const bodyTop = captionTop + captionLines.length * CAPTION.line + GAP;
  const sourceTop = bodyTop + height + GAP;
  const sourceLines = wrapToWidth(source, inner, SOURCE.size);
  const total = Math.ceil(sourceTop + sourceLines.length * SOURCE.line + PADDING);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={total}
      viewBox={`0 0 ${width} ${total}`}
      fontFamily={CHART_STYLE.fontFamily}
      fontSize={fontSize}
      role="img"
    >
      <title>{title}</title>
      {caption ? <desc>{caption}</desc> : null}
      <rect width={width} height={total} fill={CHART_STYLE.background} />
      <Lines className="chart-document__title" lines={titleLines} top={PADDING} metrics={TITLE} fill={CHART_STYLE.text} bold />
      <Lines className="chart-document__caption" lines={captionLines} top={captionTop} metrics={CAPTION} fill={CHART_STYLE.mention} />
      <g transform={`translate(${PADDING},${bodyTop})`}>{children}</g>
      <Lines className="chart-document__source" lines={sourceLines} top={sourceTop} metrics={SOURCE} fill={CHART_STYLE.mention} />
    </svg>
  );
}
