/**
 * Word's automatic numbering, which mammoth drops: reads word/numbering.xml, word/styles.xml and
 * word/document.xml and gives, for each paragraph in document order, its text and the marker Word would
 * show ("一、", "（一）", "1.") — so a notice whose clause numbers are list numbering keeps its clause tree.
 */
import { intToChinese } from '../../../shared/domain/chineseNumerals';
import { attribute, scanTags, textAfter } from './ooxmlScan';

interface Level {
  start: number;
  format: string;
  text: string;
}

interface NumberingDefinitions {
  /** abstractNumId → levels by ilvl. */
  abstracts: Map<string, Map<number, Level>>;
  /** numId → its abstract numbering and the start overrides of this instance. */
  instances: Map<string, { abstractId: string; startOverrides: Map<number, number> }>;
}

export interface DocxParagraph {
  text: string;
  /** The automatic number as Word displays it, or '' when the paragraph is not numbered. */
  marker: string;
}

export function readNumbering(xml: string): NumberingDefinitions {
  const abstracts = new Map<string, Map<number, Level>>();
  const instances = new Map<string, { abstractId: string; startOverrides: Map<number, number> }>();
  let abstract: Map<number, Level> | null = null;
  let level: Level | null = null;
  let instance: { abstractId: string; startOverrides: Map<number, number> } | null = null;
  let overrideLevel = 0;
  for (const tag of scanTags(xml)) {
    const local = tag.name.slice(tag.name.indexOf(':') + 1);
    if (tag.closing) {
      if (local === 'abstractNum') abstract = null;
      else if (local === 'lvl' && abstract) level = null;
      else if (local === 'num') instance = null;
      continue;
    }
    const val = attribute(tag.attributes, 'w:val');
    if (local === 'abstractNum') {
      abstract = new Map();
      abstracts.set(attribute(tag.attributes, 'w:abstractNumId') ?? '', abstract);
    } else if (local === 'lvl' && abstract) {
      level = { start: 1, format: 'decimal', text: '' };
      abstract.set(Number(attribute(tag.attributes, 'w:ilvl') ?? 0), level);
    } else if (level && local === 'start' && val !== null) level.start = Number(val);
    else if (level && local === 'numFmt' && val !== null) level.format = val;
    else if (level && local === 'lvlText' && val !== null) level.text = val;
    else if (local === 'num') {
      instance = { abstractId: '', startOverrides: new Map() };
      instances.set(attribute(tag.attributes, 'w:numId') ?? '', instance);
    } else if (instance && local === 'abstractNumId' && val !== null) instance.abstractId = val;
    else if (instance && local === 'lvlOverride') overrideLevel = Number(attribute(tag.attributes, 'w:ilvl') ?? 0);
    else if (instance && local === 'startOverride' && val !== null) instance.startOverrides.set(overrideLevel, Number(val));
  }
  return { abstracts, instances };
}

interface NumberingRef {
  numId: string | null;
  ilvl: number | null;
}

/** Paragraph styles that carry numbering (Word's heading styles often do), following basedOn. */
export function readStyleNumbering(xml: string): Map<string, NumberingRef> {
  const own = new Map<string, NumberingRef & { basedOn: string | null }>();
  let current: (NumberingRef & { basedOn: string | null }) | null = null;
  for (const tag of scanTags(xml)) {
    const local = tag.name.slice(tag.name.indexOf(':') + 1);
    if (tag.closing) {
      if (local === 'style') current = null;
      continue;
    }
    const val = attribute(tag.attributes, 'w:val');
    if (local === 'style') {
      current = { numId: null, ilvl: null, basedOn: null };
      own.set(attribute(tag.attributes, 'w:styleId') ?? '', current);
    } else if (current && local === 'basedOn') current.basedOn = val;
    else if (current && local === 'numId') current.numId = val;
    else if (current && local === 'ilvl' && val !== null) current.ilvl = Number(val);
  }
  const resolved = new Map<string, NumberingRef>();
  for (const [id] of own) {
    let style = own.get(id);
    const seen = new Set<string>();
    const ref: NumberingRef = { numId: null, ilvl: null };
    while (style && !seen.has(id)) {
      ref.numId ??= style.numId;
      ref.ilvl ??= style.ilvl;
      if (!style.basedOn || seen.has(style.basedOn)) break;
      seen.add(style.basedOn);
      style = own.get(style.basedOn);
    }
    if (ref.numId !== null) resolved.set(id, ref);
  }
  return resolved;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table)
    while (n >= value) {
      out += letters;
      n -= value;
    }
  return out;
}

function letters(n: number): string {
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return n >= 1 && n <= 99 ? intToChinese(n) : String(n);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1] : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? CIRCLED[n - 1] : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    default:
      return String(n);
  }
}

/** Every paragraph of document.xml in order, with its text and its automatic number. */
export function numberedParagraphs(documentXml: string, numberingXml: string | null, stylesXml: string | null): DocxParagraph[] {
  const definitions = numberingXml ? readNumbering(numberingXml) : { abstracts: new Map(), instances: new Map() };
  const styles = stylesXml ? readStyleNumbering(stylesXml) : new Map<string, NumberingRef>();
  const counters = new Map<string, number[]>();
  const startedInstances = new Set<string>();

  function markerFor(ref: NumberingRef): string {
    const instance = ref.numId === null ? undefined : definitions.instances.get(ref.numId);
    const levels = instance && definitions.abstracts.get(instance.abstractId);
    const ilvl = ref.ilvl ?? 0;
    const level = levels?.get(ilvl);
    if (!instance || !levels || !level) return '';
    let counter = counters.get(instance.abstractId);
    if (!counter) {
      counter = Array.from({ length: 9 }, (_, i) => (levels.get(i)?.start ?? 1) - 1);
      counters.set(instance.abstractId, counter);
    }
    if (!startedInstances.has(ref.numId!)) {
      startedInstances.add(ref.numId!);
      for (const [i, start] of instance.startOverrides) counter[i] = start - 1;
    }
    counter[ilvl] += 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) counter[deeper] = (levels.get(deeper)?.start ?? 1) - 1;
    if (level.format === 'bullet' || level.format === 'none') return '';
    return level.text.replace(/%(\d)/g, (_all: string, k: string) => {
      const i = Number(k) - 1;
      return formatNumber(counter[i], levels.get(i)?.format ?? 'decimal');
    });
  }

  const paragraphs: DocxParagraph[] = [];
  const open: { text: string; numId: string | null; ilvl: number | null; style: string | null; inChange: number; inProperties: boolean }[] =
    [];
  for (const tag of scanTags(documentXml)) {
    const p = open.at(-1);
    if (tag.name === 'w:p') {
      if (tag.closing) {
        const done = open.pop()!;
        const styled = done.style ? styles.get(done.style) : undefined;
        const ref = { numId: done.numId ?? styled?.numId ?? null, ilvl: done.ilvl ?? styled?.ilvl ?? null };
        // numId 0 switches numbering off for a paragraph whose style would number it.
        paragraphs.push({ text: done.text, marker: ref.numId !== null && ref.numId !== '0' ? markerFor(ref) : '' });
      } else if (tag.selfClosing) paragraphs.push({ text: '', marker: '' });
      else open.push({ text: '', numId: null, ilvl: null, style: null, inChange: 0, inProperties: false });
      continue;
    }
    if (!p) continue;
    if (tag.name === 'w:pPrChange') {
      if (!tag.selfClosing) p.inChange += tag.closing ? -1 : 1;
      continue;
    }
    if (tag.name === 'w:pPr' && !tag.selfClosing) {
      p.inProperties = !tag.closing;
      continue;
    }
    if (tag.closing || p.inChange > 0) continue;
    if (p.inProperties) {
      // Paragraph properties: numbering and style only (their w:tab elements are tab stops, not text).
      const val = attribute(tag.attributes, 'w:val');
      if (tag.name === 'w:numId') p.numId = val;
      else if (tag.name === 'w:ilvl' && val !== null) p.ilvl = Number(val);
      else if (tag.name === 'w:pStyle') p.style = val;
    } else if (tag.name === 'w:t' && !tag.selfClosing) p.text += textAfter(documentXml, tag);
    else if (tag.name === 'w:tab') p.text += '\t';
    else if (tag.name === 'w:br' || tag.name === 'w:cr') p.text += '\n';
  }
  return paragraphs;
}
