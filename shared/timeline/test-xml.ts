/** Test helper shared by the SVG and print tests. */

/**
 * A small well-formedness check: balanced tags, quoted attributes, no duplicate attributes,
 * only known entities, a single root. Enough to catch serialiser mistakes without a DOM.
 */
export function checkWellFormedXml(xml: string): { root: string; tags: Map<string, number> } {
  const tags = new Map<string, number>();
  const stack: string[] = [];
  let root: string | null = null;
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  let position = 0;
  while ((match = token.exec(xml)) !== null) {
    if (match.index !== position) throw new Error(`unparsed text at ${position}`);
    position = token.lastIndex;
    const [, closing, name, attrs, selfClosing, text, stray] = match;
    if (stray) throw new Error(`malformed tag at ${match.index}: ${xml.slice(match.index, match.index + 40)}`);
    if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== '') throw new Error('text outside the root element');
      for (const entity of text.match(/&[^;\s]*;?/g) ?? []) {
        if (!/^&(amp|lt|gt|quot|apos|#\d+);$/.test(entity)) throw new Error(`bad entity ${entity}`);
      }
      continue;
    }
    const tag = name as string;
    if (closing) {
      const open = stack.pop();
      if (open !== tag) throw new Error(`closing </${tag}> does not match <${open}>`);
      continue;
    }
    if (stack.length === 0) {
      if (root !== null) throw new Error('second root element');
      root = tag;
    }
    const names = [...(attrs ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)].map((a) => a[1]);
    if (new Set(names).size !== names.length) throw new Error(`duplicate attribute in <${tag}>`);
    for (const value of [...(attrs ?? '').matchAll(/="([^"]*)"/g)].map((a) => a[1] ?? '')) {
      for (const entity of value.match(/&[^;\s]*;?/g) ?? []) {
        if (!/^&(amp|lt|gt|quot|apos|#\d+);$/.test(entity)) throw new Error(`bad entity ${entity} in attribute`);
      }
    }
    tags.set(tag, (tags.get(tag) ?? 0) + 1);
    if (!selfClosing) stack.push(tag);
  }
  if (position !== xml.length) throw new Error('trailing garbage');
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (root === null) throw new Error('no root element');
  return { root, tags };
}
