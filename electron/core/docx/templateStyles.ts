/**
 * The clause-level styles an office's own .docx template defines: a style named 一级标题 / 标题 1 /
 * heading 1 sets the "一、" level, 二级标题 / heading 2 the "（一）" level, and so on. Where the
 * template defines none, the body is written with GB/T 9704's fonts instead.
 */

export interface TemplateStyle {
  id: string;
  /** 'paragraph' styles are applied to the clause's paragraph, 'character' styles to its heading run. */
  type: 'paragraph' | 'character';
  /** The style's own run properties (<w:rPr>…</w:rPr>), to give a heading run its look inside a paragraph. */
  runProperties: string;
}

export interface LevelStyles {
  /** Index 0 is level 1 ("一、"), 1 is level 2 ("（一）"), up to level 4. */
  levels: (TemplateStyle | null)[];
  /** Whether the template's Normal style names its own East Asian font (not Word's theme default). */
  normalHasFont: boolean;
}

const LEVEL_NAMES = [
  ['一级标题', '标题 1', 'heading 1', '公文一级标题'],
  ['二级标题', '标题 2', 'heading 2', '公文二级标题'],
  ['三级标题', '标题 3', 'heading 3', '公文三级标题'],
  ['四级标题', '标题 4', 'heading 4', '公文四级标题'],
];

const attribute = (xml: string, element: string, name: string) =>
  new RegExp(`<w:${element}\\b[^>]*\\bw:${name}="([^"]*)"`).exec(xml)?.[1] ?? null;

export function levelStyles(stylesXml: string | null): LevelStyles {
  const styles = Array.from((stylesXml ?? '').matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g), (m) => m[0]);
  const byName = new Map<string, { xml: string; id: string; type: string }>();
  for (const xml of styles) {
    const id = attribute(xml, 'style', 'styleId');
    const name = attribute(xml, 'name', 'val');
    const type = attribute(xml, 'style', 'type');
    if (id && name && type) byName.set(name.toLowerCase(), { xml, id, type });
  }
  const levels = LEVEL_NAMES.map((names) => {
    const found = names.map((n) => byName.get(n.toLowerCase())).find((s) => s && (s.type === 'paragraph' || s.type === 'character'));
    if (!found) return null;
    return {
      id: found.id,
      type: found.type as TemplateStyle['type'],
      runProperties: /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(found.xml)?.[0] ?? '',
    };
  });
  const normal = byName.get('normal')?.xml ?? '';
  return { levels, normalHasFont: /<w:rFonts\b[^>]*w:eastAsia=/.test(normal) };
}
