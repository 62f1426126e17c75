import { memo } from 'react';
import type { DependencyPrimitive, ScenePrimitive } from '../../../../shared/timeline/scene';
import { primitiveMarkup, primitivesMarkup } from './SvgShapes';

/**
 * Chart layers that are not rows. Each changes as rarely as possible, because whatever changes
 * must be painted again: the vertical lines only with the horizontal window, each dependency
 * arrow only when it appears or disappears.
 */

/**
 * Grid lines, legal deadlines and the today line over the whole height of the rows, below them in
 * the same scrolling layer. Neither sticky nor composited on purpose: a layer of its own under the
 * rows made the browser test every row painted above it for overlap in every frame (about 0.7 ms
 * of each scrolling frame), while lines in the scrolling contents cost nothing to scroll.
 *
 * Hidden from assistive technology on purpose: the layer sits inside the treegrid, which may own
 * only rows, so a named line here would be invalid grid content or unreachable. Each deadline
 * line is named instead in the grid's description ("§ 7a EGovG NRW, Frist 01.04.2020", see
 * Gantt.tsx), the pages list the deadlines in full (DeadlineList), and the SVG download and print
 * pages give every line its <title>.
 */
export const VerticalMarkers = memo(function VerticalMarkers({
  primitives,
  xStart,
  width,
  height,
}: {
  primitives: ScenePrimitive[];
  xStart: number;
  width: number;
  height: number;
}) {
  return (
    <div className="tl-markers" aria-hidden="true">
      <svg
        width={width}
        height={height}
        viewBox={`${xStart} 0 ${width} ${height}`}
        style={{ left: xStart }}
        focusable="false"
        dangerouslySetInnerHTML={{ __html: primitivesMarkup(primitives) }}
      />
    </div>
  );
});

const ARROW_PADDING = 8;

/** One dependency arrow in its own small SVG, positioned by its bounding box. */
export const DependencyArrow = memo(function DependencyArrow({ primitive }: { primitive: DependencyPrimitive }) {
  const x = primitive.x - ARROW_PADDING;
  const y = primitive.y - ARROW_PADDING;
  const width = primitive.width + 2 * ARROW_PADDING;
  const height = primitive.height + 2 * ARROW_PADDING;
  return (
    <svg
      className="tl-dependency"
      aria-hidden="true"
      focusable="false"
      width={width}
      height={height}
      viewBox={`${x} ${y} ${width} ${height}`}
      style={{ left: x, top: y }}
      dangerouslySetInnerHTML={{ __html: primitiveMarkup(primitive) }}
    />
  );
});
