import type { TimelineModel } from '../../../../shared/timeline/model';
import { renderTimelineSvg, type SvgRenderOptions } from '../../../../shared/timeline/svg';

/**
 * Downloads of the current view (zoom and collapse state) as SVG and PNG. Both come from the
 * same standalone SVG that the report embeds; the PNG is that SVG drawn into a canvas.
 */

/** Browsers refuse canvases beyond these limits (Chromium: 32,767 px per side, ~268 MP). */
const MAX_CANVAS_SIDE = 32_767;
const MAX_CANVAS_AREA = 260_000_000;

export function exportFileName(title: string, today: string, extension: 'svg' | 'png'): string {
  const slug = title
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'zeitplan'}-${today}.${extension}`;
}

function triggerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the blob asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function timelineSvgBlob(model: TimelineModel, options: SvgRenderOptions): Blob {
  return new Blob([renderTimelineSvg(model, options)], { type: 'image/svg+xml;charset=utf-8' });
}

export function downloadTimelineSvg(model: TimelineModel, options: SvgRenderOptions, fileName: string): void {
  triggerDownload(timelineSvgBlob(model, options), fileName);
}

function svgSize(svg: string): { width: number; height: number } {
  const width = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  return { width, height };
}

/** Scale factor for the PNG: `pixelRatio`, reduced if the canvas would exceed browser limits. */
export function pngScale(width: number, height: number, pixelRatio: number): number {
  if (width <= 0 || height <= 0) return pixelRatio;
  // Floored to 1/1000 so that rounding never lands just above a limit.
  const scale = Math.min(
    pixelRatio,
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_AREA / (width * height)),
  );
  return Math.floor(scale * 1000) / 1000;
}

export async function timelinePngBlob(
  model: TimelineModel,
  options: SvgRenderOptions,
  pixelRatio = 2,
): Promise<Blob> {
  const svg = renderTimelineSvg(model, options);
  const { width, height } = svgSize(svg);
  const scale = pngScale(width, height, pixelRatio);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(width * scale));
    canvas.height = Math.max(1, Math.floor(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas 2D is not available');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadTimelinePng(
  model: TimelineModel,
  options: SvgRenderOptions,
  fileName: string,
): Promise<void> {
  triggerDownload(await timelinePngBlob(model, options), fileName);
}
