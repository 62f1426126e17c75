import { createElement, type ReactElement } from 'react';
import { drawPrimitive, type SvgShape } from '../../../../shared/timeline/draw';
import type { PhaseNamePrimitive, ScenePrimitive } from '../../../../shared/timeline/scene';
import { estimateTextWidth, PHASE_FONT_SIZE, PHASE_TEXT_PADDING } from '../../../../shared/timeline/text-fit';
import { serialiseShape } from '../../../../shared/timeline/svg';

/**
 * The shared SVG shapes (shared/timeline/draw.ts) in the browser, so that it draws exactly what
 * the SVG download and the PDF report draw. Row shapes are inserted as markup from the shared
 * serialiser: the browser's parser builds them far faster than one setAttribute call per
 * attribute, which matters when rows scroll in at 60 frames per second.
 */

const propNames = new Map<string, string>();
function reactPropName(attribute: string): string {
  let name = propNames.get(attribute);
  if (name === undefined) {
    // React takes data-* and aria-* as written; other SVG attributes in camel case.
    name = /^(data|aria)-/.test(attribute) ? attribute : attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    propNames.set(attribute, name);
  }
  return name;
}

export function shapeElement(shape: SvgShape, key: string | number): ReactElement {
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(shape.attrs)) props[reactPropName(name)] = value;
  const children = shape.text ?? shape.children?.map((child, index) => shapeElement(child, index));
  return createElement(shape.tag, props, children);
}

/** Class of the phase names that follow the chart's left edge while it pans (see Gantt). */
export const PHASE_NAME_CLASS = 'tl-phase-name';

/**
 * A phase's name on screen stays in view while its segment is: it may move right from its place
 * at the segment's start (`data-from`) up to where it still ends inside the segment (`data-to`).
 */
function stickyNameAttributes(p: PhaseNamePrimitive): Record<string, string | number> {
  const to = p.segmentX + p.segmentWidth - PHASE_TEXT_PADDING - estimateTextWidth(p.text, PHASE_FONT_SIZE);
  return { class: PHASE_NAME_CLASS, 'data-from': p.x, 'data-to': Math.max(p.x, Math.round(to * 100) / 100) };
}

/** Hover (`data-tip`) and drag (`data-drag`) hooks on the shapes; events are handled by delegation. */
function interactionAttributes(primitive: ScenePrimitive, draggable: boolean): Record<string, string | number> {
  // Not on what the pointer passes through (a phase's name: the segment beneath has the hooks).
  if (primitive.type === 'phaseName') return stickyNameAttributes(primitive);
  if (!('rowKey' in primitive) || primitive.type === 'rowBackground') return {};
  const attributes: Record<string, string | number> = { 'data-tip': `${primitive.rowKey}|${primitive.key}` };
  if (draggable && primitive.type === 'milestone' && primitive.editable) attributes['data-drag'] = 'milestone';
  return attributes;
}

/**
 * Markup of recently drawn primitives (the scene reuses the primitives of unchanged rows, so their
 * markup is built once). A bounded Map rather than a WeakMap: thousands of WeakMap entries are
 * ephemerons, which every full garbage collection must mark in its pause — that pause showed as
 * a long task while scrolling through 5,000 rows. Oldest entries go first.
 */
const MARKUP_CACHE_LIMIT = 1000;
const markupCaches = { draggable: new Map<ScenePrimitive, string>(), fixed: new Map<ScenePrimitive, string>() };

/** `draggable`: whether the Gantt offers rescheduling (only then are drag hooks written). */
export function primitiveMarkup(primitive: ScenePrimitive, draggable = false): string {
  const cache = draggable ? markupCaches.draggable : markupCaches.fixed;
  let markup = cache.get(primitive);
  if (markup === undefined) {
    const extra = interactionAttributes(primitive, draggable);
    markup = drawPrimitive(primitive)
      .map((shape) => serialiseShape({ ...shape, attrs: { ...shape.attrs, ...extra } }))
      .join('');
    cache.set(primitive, markup);
    if (cache.size > MARKUP_CACHE_LIMIT) cache.delete(cache.keys().next().value as ScenePrimitive);
  }
  return markup;
}

export function primitivesMarkup(primitives: readonly ScenePrimitive[], draggable = false): string {
  let markup = '';
  for (const primitive of primitives) markup += primitiveMarkup(primitive, draggable);
  return markup;
}
