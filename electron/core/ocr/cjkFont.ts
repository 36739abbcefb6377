/**
 * The Chinese font an OFD page is drawn with. OFD files name their fonts (仿宋_GB2312, 方正小标宋…) but
 * rarely embed them, and those fonts are not on every machine, so every page is drawn in one CJK font:
 * the Noto CJK font fontconfig finds (Serif first, as 公文 are set in 宋体/仿宋), else a CJK family
 * @napi-rs/canvas already knows from the system (Windows and macOS ship one).
 */
import { execFileSync } from 'node:child_process';
import { GlobalFonts } from '@napi-rs/canvas';

export const NO_CJK_FONT = '本机没有找到中文字体，无法显示 OFD 原件的页面。请安装思源宋体（Noto Serif CJK SC）或其他中文字体后重试。';

const CJK_FAMILY = /CJK|Song|Sim|Hei|Kai|Fang|Ming|YaHei|PingFang|宋|黑|楷/i;

let chosen: string | null | undefined;

/** The family to draw Chinese text with, registered once; null when the machine has none. */
export function cjkFont(): string | null {
  if (chosen === undefined) chosen = fromFontconfig() ?? GlobalFonts.families.find((f) => CJK_FAMILY.test(f.family))?.family ?? null;
  return chosen;
}

const rank = ({ family, style }: { family: string; style: string }) =>
  (/Noto/.test(family) ? 8 : 0) + (/Serif/.test(family) ? 4 : 0) + (/\bSC\b/.test(family) ? 2 : 0) + (/Regular/.test(style) ? 1 : 0);

function fromFontconfig(): string | null {
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
    .map(([file, family, style]) => ({ file, family, style }))
    .sort((x, y) => rank(y) - rank(x));
  for (const font of fonts) {
    if (GlobalFonts.registerFromPath(font.file, font.family)) return font.family;
  }
  return null;
}
