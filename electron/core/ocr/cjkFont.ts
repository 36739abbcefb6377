/**
 * The Chinese fonts an OFD page is drawn with. OFD files name their fonts (仿宋_GB2312, 方正小标宋…) but
 * rarely embed them, and those fonts are not on every machine, so a page is drawn in two CJK families:
 * a serif one (公文 are set in 宋体/仿宋) and a sans one for 黑体 — the Noto CJK fonts fontconfig finds,
 * else CJK families @napi-rs/canvas already knows from the system (Windows and macOS ship some).
 */
import { execFileSync } from 'node:child_process';
import type { GlobalFonts as Fonts } from '@napi-rs/canvas';
import { loadCanvas } from './drawingPackages';

export const NO_CJK_FONT = '本机没有找到中文字体，无法显示 OFD 原件的页面。请安装思源宋体（Noto Serif CJK SC）或其他中文字体后重试。';

const CJK_FAMILY = /CJK|Song|Sim|Hei|Kai|Fang|Ming|YaHei|PingFang|宋|黑|楷/i;

/** A serif family for 宋体/仿宋/楷体 and the rest, a sans family for 黑体 (the serif one where there is none). */
export interface CjkFonts {
  serif: string;
  sans: string;
}

type GlobalFonts = typeof Fonts;

let chosen: CjkFonts | null | undefined;

/** The families to draw Chinese text with, registered once; null when the machine has none. */
export async function cjkFonts(): Promise<CjkFonts | null> {
  if (chosen === undefined) {
    const { GlobalFonts } = await loadCanvas();
    chosen = fromFontconfig(GlobalFonts) ?? fromSystem(GlobalFonts);
  }
  return chosen;
}

function fromSystem(GlobalFonts: GlobalFonts): CjkFonts | null {
  const families = GlobalFonts.families.map((f) => f.family).filter((family) => CJK_FAMILY.test(family));
  const serif = families.find((family) => !/Sans|Hei|黑/i.test(family)) ?? families[0];
  const sans = families.find((family) => /Sans|Hei|黑/i.test(family)) ?? serif;
  return serif ? { serif, sans } : null;
}

const rank = (serif: boolean, { family, style }: { family: string; style: string }) =>
  (/Noto/.test(family) ? 8 : 0) +
  (/Serif/.test(family) === serif ? 4 : 0) +
  (/\bSC\b/.test(family) ? 2 : 0) +
  (/Regular/.test(style) ? 1 : 0);

function fromFontconfig(GlobalFonts: GlobalFonts): CjkFonts | null {
  let listing: string;
  try {
    listing = execFileSync('fc-list', [':lang=zh', '--format=%{file}\t%{family[0]}\t%{style[0]}\n'], { encoding: 'utf8', timeout: 5000 });
  } catch {
    return null;
  }
  const fonts = listing
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((fields) => fields.length === 3 && fields[1])
    .map(([file, family, style]) => ({ file, family, style }));
  const best = (serif: boolean) => {
    for (const font of [...fonts].sort((x, y) => rank(serif, y) - rank(serif, x))) {
      if (GlobalFonts.registerFromPath(font.file, font.family)) return font.family;
    }
    return null;
  };
  const serif = best(true);
  return serif ? { serif, sans: best(false) ?? serif } : null;
}
