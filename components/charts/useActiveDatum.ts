"use client";

import { useRef, useState, type KeyboardEvent } from "react";

export interface ActiveDatumOptions {
  /** Number of data (bars, columns) in drawing order. */
  count: number;
  /** A click, Enter or Space on datum `index`. */
  onSelect?: (index: number) => void;
  /**
   * Arrow keys (and Home, End) that move the focus to the previous or next datum; the data then
   * share one tab stop (roving tabindex). Without it every interactive datum is its own tab stop.
   */
  arrows?: "horizontal" | "vertical";
  /** The datum holding the tab stop until one has had the focus (arrows only), e.g. the selected one. */
  initialTabStop?: number;
}

const ARROWS = { horizontal: ["ArrowLeft", "ArrowRight"], vertical: ["ArrowUp", "ArrowDown"] } as const;

/**
 * The datum under the pointer or the keyboard focus, which the chart highlights and shows in its
 * tooltip: set by hover and focus, cleared by blur, Escape and the pointer leaving the chart.
 * `datumProps(i, interactive)` are spread on datum i's element: they render only `tabIndex`, so the
 * spread takes its place among the attributes; non-interactive data get hover and focus only.
 */
export function useActiveDatum<E extends HTMLElement | SVGElement>({ count, onSelect, arrows, initialTabStop = 0 }: ActiveDatumOptions) {
  const [active, setActive] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const nodes = useRef<(E | null)[]>([]);
  const tabStop = focused !== null && focused < count ? focused : Math.max(0, Math.min(initialTabStop, count - 1));

  const moveFocus = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    setFocused(next);
    nodes.current[next]?.focus();
  };

  const moves = (index: number): Record<string, number> => {
    if (!arrows) return {};
    const [previous, next] = ARROWS[arrows];
    return { [previous]: index - 1, [next]: index + 1, Home: 0, End: count - 1 };
  };

  const onKeyDown = (event: KeyboardEvent<E>, index: number) => {
    const target = moves(index)[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveFocus(target);
    } else if (event.key === "Escape") setActive(null);
    else if (onSelect && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      onSelect(index);
    }
  };

  const datumProps = (index: number, interactive: boolean = onSelect !== undefined) => ({
    tabIndex: interactive ? (arrows && index !== tabStop ? -1 : 0) : undefined,
    ref: (node: E | null) => {
      nodes.current[index] = node;
    },
    onClick: interactive && onSelect ? () => onSelect(index) : undefined,
    onKeyDown: interactive ? (event: KeyboardEvent<E>) => onKeyDown(event, index) : undefined,
    onMouseEnter: () => setActive(index),
    onFocus: () => {
      setActive(index);
      setFocused(index);
    },
    onBlur: () => setActive(null),
  });

  return { active, datumProps, onMouseLeave: () => setActive(null) };
}

/** What useActiveDatum returns, for the parts of a chart that receive it. */
export type ActiveDatum<E extends HTMLElement | SVGElement> = ReturnType<typeof useActiveDatum<E>>;
