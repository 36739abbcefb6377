/**
 * Recognizes the 层次序数 markers that open a clause: 一、 / （一） or (一) / 1. or 1． or 1、 / （1） or (1),
 * the circled ① below them (taken at the deepest level), and the usual slips of typing them: 一． or 一.
 * for 一、, （一）、 with a stray 、, 1) for （1）. A table-of-contents line ("一、总则……1") opens nothing.
 */
import type { ClauseLevel } from '../domain/notice';
import { PINYIN_RUNS, withoutPinyin } from '../domain/pinyinRuns';

/** A heading of two phrases apart by one comma, no list nor sentence in them: "充分认识…的重要作用，加强对…的领导". */
export const PAIRED_PHRASES = /^[^，,、。；;：:！？\s]{4,20}[，,][^，,、。；;：:！？\s]{4,20}$/;

export interface ClauseMarker {
  level: ClauseLevel;
  /** Bare numeral: "十二" or "3". */
  number: string;
  /** The marker as written, e.g. "（十二）", "(一)", "1．". */
  marker: string;
  /** The text after the marker (leading spaces removed). */
  rest: string;
}

const CN = '[一二三四五六七八九十〇零百]{1,4}';
const LEVEL1 = new RegExp(`^(${CN})\\s*[、.．]\\s*`);
const LEVEL2 = new RegExp(`^([（(])\\s*(${CN})\\s*([）)])[、，,]?\\s*`);
/** A Chinese numeral, each character perhaps followed by a mirror's pinyin ("一(yī)、", "(十(shí)二(èr))"). */
const CN_PINYIN = `(?:[一二三四五六七八九十〇零百](?:${PINYIN_RUNS.source})?){1,4}`;
const LEVEL1_PINYIN = new RegExp(`^(${CN_PINYIN})\\s*[、.．]\\s*`);
const LEVEL2_PINYIN = new RegExp(`^([（(])\\s*(${CN_PINYIN})\\s*([）)])[、，,]?\\s*`);
/** A numeral with a mirror's pinyin after its first characters ("十一(yī)、"): only there is CN_PINYIN tried. */
const NUMERAL_PINYIN = new RegExp(`^[（(]?\\s*${CN}${PINYIN_RUNS.source}`);
/** A year opening an item ("2、2014年度立项的…", "3、2011-2013年…"): the digits after the mark are no decimal. */
const YEAR_AHEAD = '(?:19|20)\\d\\d\\s*(?:年|[-－—–~～至])';
/** (Other digits after the mark make a decimal or a list of numbers: "2.5", "1、2、3".) */
const LEVEL3 = new RegExp(`^([0-9０-９]{1,2})\\s*([.．、])(?=${YEAR_AHEAD}|[^0-9０-９]|$)\\s*`);
const LEVEL4 = /^([（(])\s*([0-9０-９]{1,2})\s*([）)])\s*/;
/**
 * 1) or 1）: the opening bracket of （1） left out, as typed in a hurry. Words must follow: a wrapped
 * "（详见附件" / "1）。" is no clause.
 */
const LEVEL4_HALF_OPEN = /^([0-9０-９]{1,2})\s*([）)])\s*(?=[\u4e00-\u9fff“])/;

/** ① to ⑳. */
const CIRCLED = /^([\u2460-\u2473])\s*/;

/** Dot leaders and a page number closing a table-of-contents line. */
const TOC_TAIL = /(…{2,}|\.{4,}|·{4,}|－{3,}|-{4,})\s*[0-9０-９]{1,3}$/;

function toHalfDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

export function matchClauseMarker(text: string): ClauseMarker | null {
  const marker = readMarker(text);
  return marker && TOC_TAIL.test(marker.rest.slice(-40)) ? null : marker;
}

/** The characters a marker opens with: a line opening otherwise is passed over without trying each form. */
const MARKER_START = /^[一二三四五六七八九十〇零百（(0-9０-９\u2460-\u2473]/;

function readMarker(text: string): ClauseMarker | null {
  if (!MARKER_START.test(text)) return null;
  let m = LEVEL1.exec(text);
  if (m) return { level: 1, number: m[1], marker: m[0].trim(), rest: text.slice(m[0].length) };
  m = LEVEL2.exec(text);
  if (m) return { level: 2, number: m[2], marker: m[0].replace(/\s+/g, ''), rest: text.slice(m[0].length) };
  if (NUMERAL_PINYIN.test(text)) {
    m = LEVEL1_PINYIN.exec(text);
    if (m) return { level: 1, number: withoutPinyin(m[1]), marker: m[0].trim(), rest: text.slice(m[0].length) };
    m = LEVEL2_PINYIN.exec(text);
    if (m) return { level: 2, number: withoutPinyin(m[2]), marker: m[0].replace(/\s+/g, ''), rest: text.slice(m[0].length) };
  }
  m = LEVEL4.exec(text);
  if (m) return { level: 4, number: toHalfDigits(m[2]), marker: m[0].replace(/\s+/g, ''), rest: text.slice(m[0].length) };
  m = LEVEL4_HALF_OPEN.exec(text);
  if (m) return { level: 4, number: toHalfDigits(m[1]), marker: m[0].replace(/\s+/g, ''), rest: text.slice(m[0].length) };
  m = CIRCLED.exec(text);
  if (m) {
    const number = String(m[1].charCodeAt(0) - 0x2460 + 1);
    return { level: 4, number, marker: m[1], rest: text.slice(m[0].length) };
  }
  m = LEVEL3.exec(text);
  if (m && !/^[年月日号%％万亿元个项次人条]/.test(text.slice(m[0].length))) {
    return { level: 3, number: toHalfDigits(m[1]), marker: m[0].replace(/\s+/g, ''), rest: text.slice(m[0].length) };
  }
  return null;
}
