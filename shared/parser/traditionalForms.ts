/**
 * Traditional forms (繁體) of the simplified characters that the unit and clause patterns spell out:
 * notices pasted from sites that serve 繁體 pages write 牽頭, 負責, 責任單位, 有關部門. Patterns match both
 * forms while names stay as written.
 */
const PAIRS =
  '责責头頭负負职職门門单單参參与與协協导導办辦会會队隊厅廳处處联聯团團馆館园園开開发發党黨镇鎮乡鄉县縣级級关關' +
  '织織构構务務业業体體检檢监監组組实實称稱简簡时時间間长長节節据據应應调調区區卫衛员員议議属屬项項确確执執领領' +
  '个個类類设設规規划劃计計财財税稅这這经經济濟营營场場农農资資环環态態护護险險审審准準无無论論' +
  '牵牽担擔产產动動质質报報纪紀网網统統医醫疗療药藥运運输輸电電气氣见見复復请請决決细細则則点點来來览覽' +
  '辖轄纲綱机機坚堅围圍绕繞为為进進认認结結紧緊着著贯貫彻徹当當标標况況范範骤驟内內义義对對问問题題举舉权權' +
  '号號颁頒布佈续續别別';

const TRADITIONAL = new Map<string, string>();
const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  TRADITIONAL.set(PAIRS[i], PAIRS[i + 1]);
  SIMPLIFIED.set(PAIRS[i + 1], PAIRS[i]);
}
// 复 has a second traditional form in replies: 批覆, 答覆 (覆 is a simplified character of its own, so none is read back).
TRADITIONAL.set('复', '復覆');

/** A short text (a page's label) with the traditional forms listed above written simplified. */
export function simplified(text: string): string {
  let out = '';
  for (const ch of text) out += SIMPLIFIED.get(ch) ?? ch;
  return out;
}

/** A regex source in which each simplified character listed above also matches its traditional form. */
export function bothForms(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    const traditional = TRADITIONAL.get(ch);
    out += traditional === undefined ? ch : inClass ? ch + traditional : `[${ch}${traditional}]`;
  }
  return out;
}

/** `pattern` also matching traditional forms, with its flags. */
export function withTraditional(pattern: RegExp): RegExp {
  return new RegExp(bothForms(pattern.source), pattern.flags);
}
