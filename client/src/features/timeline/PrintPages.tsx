import { useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { TimelineModel } from '../../../../shared/timeline/model';
import type { TTimelineZoom } from '../../../../shared/timeline/scale';
import { renderTimelineSvgPages, type TPrintFormat } from '../../../../shared/timeline/print';
import './print.css';

/**
 * The printed timeline: the static SVG split into landscape pages by rows and periods, each with
 * title, legend, date header and label column, printed at a size that keeps the text readable.
 * Mounted into <body> only while printing; print.css hides everything else.
 */
export function PrintPages({
  model,
  zoom,
  collapsed,
  format,
  title,
}: {
  model: TimelineModel;
  zoom: TTimelineZoom;
  collapsed: ReadonlySet<string>;
  format: TPrintFormat;
  title: string;
}) {
  const pages = useMemo(
    () => renderTimelineSvgPages(model, { zoom, collapsed, format, title }),
    [model, zoom, collapsed, format, title],
  );

  useEffect(() => {
    document.body.classList.add('tl-printing');
    return () => document.body.classList.remove('tl-printing');
  }, []);

  return createPortal(
    <div className="tl-print" aria-hidden="true">
      {/* @page cannot be switched by a class, so the chosen paper size is written here. */}
      <style>{`@media print { @page { size: ${format} landscape; margin: 10mm; } }`}</style>
      {pages.map((page, index) => (
        // The markup is our own serialiser's output, with every text escaped.
        <div
          key={index}
          className="tl-print-page"
          style={{ width: page.width, height: page.height }}
          dangerouslySetInnerHTML={{ __html: page.svg }}
        />
      ))}
    </div>,
    document.body,
  );
}
