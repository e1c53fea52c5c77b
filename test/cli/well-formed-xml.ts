/**
 * A strict check of XML well-formedness for the JUnit output: one root element, properly nested
 * and closed tags, double-quoted attributes without duplicates, no raw `<` or `&` outside
 * entity references, and no characters XML 1.0 forbids. Throws an Error saying where it broke.
 */
export function assertWellFormedXml(xml: string): void {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) throw new Error('XML holds a character XML 1.0 forbids');
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>/, '');
  const characters = (excluded: string) => String.raw`[^${excluded}]*(?:&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);[^${excluded}]*)*`;
  const text = characters('<&');
  const attribute = String.raw`\s+[A-Za-z_][\w.-]*="${characters('<&"')}"`;
  const token = new RegExp(String.raw`<\/([A-Za-z_][\w.-]*)\s*>|<([A-Za-z_][\w.-]*)((?:${attribute})*)\s*(\/?)>|(${text})`, 'y');
  const stack: string[] = [];
  let roots = 0;
  let at = 0;
  while (at < body.length) {
    token.lastIndex = at;
    const match = token.exec(body);
    if (!match || match[0] === '') throw new Error(`XML is malformed at offset ${at}: ${JSON.stringify(body.slice(at, at + 40))}`);
    const [whole, closing, opening, attributes, selfClosing, content] = match;
    if (closing) {
      if (stack.pop() !== closing) throw new Error(`</${closing}> does not close the open element at offset ${at}`);
    } else if (opening) {
      if (stack.length === 0) roots++;
      const names = [...(attributes ?? '').matchAll(/([A-Za-z_][\w.-]*)="/g)].map((m) => m[1]);
      if (new Set(names).size !== names.length) throw new Error(`<${opening}> repeats an attribute at offset ${at}`);
      if (!selfClosing) stack.push(opening);
    } else if (stack.length === 0 && content!.trim() !== '') {
      throw new Error(`text outside the root element at offset ${at}`);
    }
    at += whole.length;
  }
  if (stack.length > 0) throw new Error(`unclosed elements: ${stack.join(', ')}`);
  if (roots !== 1) throw new Error(`expected one root element but found ${roots}`);
}
