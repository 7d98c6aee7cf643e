// A bar's label, right-aligned left of its bar, on one line or a few (lib/charts/wrap.ts fitLines):
// shared by the bar chart and the comparison chart, on the page and in their standalone files.

export interface BarLabelProps {
  /** Where the lines end (text-anchor end). */
  x: number;
  lines: readonly string[];
  /** Whether line i follows a space of the label (fitLines). */
  spaced: readonly boolean[];
  /** The vertical centre of each line. */
  lineY: readonly number[];
  fill?: string;
  fontWeight?: number;
}

/**
 * One <text>, so that the label is one run of text: a line after a space starts with that space,
 * which keeps the text read out whole ("Environnement, Climat et Energie", not "…Climatet…") and,
 * right-aligned, draws nothing visible.
 */
export function BarLabel({ x, lines, spaced, lineY, fill, fontWeight }: BarLabelProps) {
  if (lines.length <= 1) {
    return (
      <text className="chart-bar__label" x={x} y={lineY[0]} dy="0.35em" textAnchor="end" fill={fill} fontWeight={fontWeight}>
        {lines[0] ?? ""}
      </text>
    );
  }
  return (
    <text className="chart-bar__label" textAnchor="end" fill={fill} fontWeight={fontWeight}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label, in a fixed order
        <tspan key={i} x={x} y={lineY[i]} dy="0.35em">
          {i > 0 && spaced[i] ? ` ${line}` : line}
        </tspan>
      ))}
    </text>
  );
}
