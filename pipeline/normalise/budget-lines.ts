import type { BudgetLine } from '../../schemas/types.ts';
import { defaultLabel, ERA, ERA_ONCE, eraFiscalYear, KANJI_NUM, kanjiNumber } from './era-years.ts';
import { DASHES, findFigures, toYen, type Figure } from './japanese-amounts.ts';
import { normaliseCharacters } from './normalise-text.ts';

export interface BudgetContext {
  /** Fiscal year of a figure printed without a year (the 2020 重点施策 prints 「64.8億円（元年度 52.5億円）」: the main figure is the FY2020 request). */
  defaultFiscalYear?: number;
  /** Stage of such a figure. @defaultValue 'initial' */
  defaultStage?: BudgetLine['stage'];
}

/** A figure that looks like money but cannot be read without guessing. */
export interface BudgetIssue {
  type: 'unreadable-budget';
  message: string;
  raw: string;
}

export interface BudgetParse {
  lines: BudgetLine[];
  issues: BudgetIssue[];
}

// Patterns run on normalised text (NFKC); `\s?` absorbs the spaces PDF line wraps and OCR leave behind.
const STAGES: ReadonlyArray<[BudgetLine['stage'], RegExp]> = [
  ['supplementary', new RegExp(String.raw`第?\s?(\d{1,2}|${KANJI_NUM})\s?次\s?補\s?正(?:予\s?算)?額?|補\s?正(?:予\s?算)?額?`, 'gu')],
  // 「令和6年度案」 (予算 left to a column's title) is the draft too: a 案 first once the year is blanked out.
  // 農林水産省's 「予算概算決定額」: the figure the cabinet decided, the draft put to the Diet.
  ['draft', /(?:予\s?算\s?額?)?\s?\(\s?案\s?\)|予\s?算\s?案|(?:予\s?算\s?)?概\s?算\s?決\s?定\s?額?|(?<=^\s*)案(?![件内])/gu],
  ['request', /(?:概\s?算|予\s?算)\s?要\s?求額?|(?<!事\s?項\s?)要\s?求額?/gu],
  ['initial', /当\s?初(?:予\s?算)?額?|予\s?算\s?額?/gu],
];
const ACCOUNT = /一\s?般\s?会\s?計|[\p{Script=Han}\p{Script=Katakana}ー・]+?特\s?別\s?会\s?計/gu;
const NEW = /【\s?新\s?規\s?】|\(\s?新\s?規\s?\)|新\s?規/gu;
/** The mark of a new item as printed, its closing bracket misread by OCR too (「【新規)」): no note. */
const NEW_MARK = /【\s?新\s?規\s?[】)）]?|[（(]\s?新\s?規\s?[)）]/gu;
const LABEL = /【[^】]*】/gu;
const SEPARATORS = /^[\s、,/:：;；・]+|[\s、,/:：;；・]+$/gu;

const trimSeparators = (s: string): string => s.replace(SEPARATORS, '');

/** Normalised text with, for every UTF-16 unit, the span of the printed text it came from, so `raw` stays as printed. */
class Mapped {
  norm = '';
  private starts: number[] = [];
  private ends: number[] = [];
  constructor(readonly raw: string) {
    let i = 0;
    for (const ch of raw) {
      const n = normaliseCharacters(ch);
      for (let k = 0; k < n.length; k++) {
        this.starts.push(i);
        this.ends.push(i + ch.length);
      }
      this.norm += n;
      i += ch.length;
    }
  }
  /**
   * 「1,230（1,000）百万円」: a year's figure with the year before's in brackets, the unit printed once after
   * both: read as if printed after each (「1,230百万円（1,000百万円）」), the copy standing for the unit as printed.
   */
  shareUnits(): void {
    const shared = /(?<![\d.,])(\d[\d,.]*)(\s?\(\s?\d[\d,.]*\s?)\)(\s?)((?:千|百万|億|兆)?円)/gu;
    for (let m = shared.exec(this.norm); m !== null; m = shared.exec(this.norm)) {
      const [, figure, inner, gap, unit] = m as unknown as [string, string, string, string, string];
      const afterFigure = m.index + figure.length;
      const close = afterFigure + inner.length;
      const unitAt = close + 1 + gap.length;
      const [starts, ends] = [this.starts.slice(unitAt, unitAt + unit.length), this.ends.slice(unitAt, unitAt + unit.length)];
      // The unit as printed becomes spaces, its place kept; a copy goes inside the brackets, another after the first figure.
      this.norm = this.norm.slice(0, unitAt) + ' '.repeat(unit.length) + this.norm.slice(unitAt + unit.length);
      for (const at of [close, afterFigure]) {
        this.norm = this.norm.slice(0, at) + unit + this.norm.slice(at);
        this.starts.splice(at, 0, ...starts);
        this.ends.splice(at, 0, ...ends);
      }
      shared.lastIndex = unitAt + 3 * unit.length;
    }
  }
  /** 「【令和6年度予算概算決定額 1,230百万円】」: a whole entry in the brackets of a label is read as if printed bare. */
  unwrapBracketedEntry(): void {
    const whole = /^(\s*)【(?=[^【】]*\d[^【】]*円[^【】]*】\s*$)/u.exec(this.norm);
    if (whole === null) return;
    const close = this.norm.lastIndexOf('】');
    this.norm = `${this.norm.slice(0, whole[1]!.length)} ${this.norm.slice(whole[1]!.length + 1, close)} ${this.norm.slice(close + 1)}`;
  }
  rawOf(start: number, end: number): string {
    if (end <= start) return '';
    return this.raw.slice(this.starts[start], this.ends[end - 1]).trim();
  }
}

const matchesIn = (re: RegExp, text: string): RegExpExecArray[] => [...text.matchAll(re)];

/**
 * A head that says one year and stage twice, a label's cell and a value that restates it run together
 * (「令和5年度補正予算額 令和5年度補正予算額18.0億円」): the second says it, the first blanked.
 */
function withoutRestatedHead(head: string): string {
  const eras = matchesIn(ERA, head);
  if (eras.length !== 2) return head;
  const said = (from: number, to: number): string => head.slice(from, to).replace(/[^\p{L}\p{N}]/gu, '');
  const second = eras[1]!.index;
  return said(eras[0]!.index, second) === said(second, head.length) ? ' '.repeat(second) + head.slice(second) : head;
}

/** Blank out a match keeping offsets. */
const blank = (text: string, m: { index: number; 0: string }): string =>
  text.slice(0, m.index) + ' '.repeat(m[0].length) + text.slice(m.index + m[0].length);

interface Built { line: BudgetLine; rawStart: number; rawEnd: number }

/** Reads one budget field: see DESIGN.md «Japanese dates and money». Problems come back as issues, never as guesses. */
export function parseBudgetText(text: string, context: BudgetContext = {}): BudgetParse {
  const { defaultFiscalYear, defaultStage = 'initial' } = context;
  const issues: BudgetIssue[] = [];
  const lines: BudgetLine[] = [];
  let era = '令和'; // bare 元年度 takes the nearest era name printed before it

  for (const entryRaw of joinEntries(text)) {
    const m = new Mapped(entryRaw);
    m.unwrapBracketedEntry();
    m.shareUnits();
    const t = m.norm;
    const built: Built[] = [];
    const last = (): Built | undefined => built[built.length - 1];
    const addNote = (b: Built | undefined, note: string): void => {
      if (b && note) b.line.note = b.line.note ? `${b.line.note}、${note}` : note;
    };
    const issue = (message: string, start: number, end: number): void => {
      issues.push({ type: 'unreadable-budget', message, raw: m.rawOf(start, end) || entryRaw.trim() });
    };
    let wholeEntryRaw: boolean | undefined;
    /** Where the brackets being read open, when inside brackets. */
    let bracketOpen: number | null = null;

    /** One run of text without parentheses of its own: split into statements at each era printed after a figure. */
    const readRun = (start: number, end: number): void => {
      const figures = findFigures(t, start, end);
      if (figures.length === 0) {
        const rest = t.slice(start, end);
        // Blanked text (a unit read again inside brackets, a label's brackets round a whole entry) says nothing more.
        if (rest.trim() === '') return;
        const b = last();
        if (b) {
          if (/の\s?内\s?数/u.test(rest)) b.line.part_of = true;
          if (/程\s?度/u.test(rest)) b.line.approximate = true;
          if (matchesIn(NEW, rest).length > 0) b.line.new = true;
          addNote(b, trimSeparators(m.rawOf(start, end).replace(/の\s?内\s?数|程\s?度/gu, '').replace(NEW_MARK, '')));
        } else if (/円|\d\s?(?:兆|億|万|千)/u.test(rest) || (matchesIn(ERA, rest).length > 0 && matchesIn(STAGES[3]![1], rest).length + matchesIn(STAGES[0]![1], rest).length > 0)) {
          issue('a budget label or figure without a readable amount', start, end);
        }
        return;
      }
      const eras = matchesIn(ERA, t.slice(0, end)).filter((e) => e.index >= start);
      const starts = [start];
      for (const e of eras) if (figures.some((f) => f.end <= e.index && f.start >= starts[starts.length - 1]!)) starts.push(e.index);
      starts.forEach((s, i) => readStatement(s, starts[i + 1] ?? end, figures.filter((f) => f.start >= s && f.end <= (starts[i + 1] ?? end))));
    };

    const readStatement = (start: number, end: number, figures: Figure[]): void => {
      if (figures.length === 0) return readRun(start, end); // text only: a note
      const first = figures[0]!;
      let head = ' '.repeat(start) + t.slice(start, first.start);
      head = matchesIn(LABEL, head).filter((l) => !/新\s?規/u.test(l[0])).reduce(blank, head);
      head = withoutRestatedHead(head);
      const eras = matchesIn(ERA, head);
      if (eras.length > 1) return issue('more than one fiscal year before one figure', start, end);
      const eraMatch = eras[0];
      let fiscalYear = defaultFiscalYear;
      let eraLabel = '';
      if (eraMatch) {
        fiscalYear = eraFiscalYear(eraMatch, era);
        eraLabel = m.rawOf(eraMatch.index, eraMatch.index + eraMatch[0].length);
        head = blank(head, eraMatch);
      }
      // 「（前年度 98,000千円）」 after a figure: the year before that figure's, a budget passed.
      const prior = eraMatch ? null : /前\s?年\s?度/u.exec(head);
      const previous = last();
      // 「42,500百万円（35,000百万円）」: a figure alone in brackets right after a year's initial or draft figure is the year before's.
      const bareAfterFigure =
        !eraMatch && bracketOpen !== null && start === bracketOpen + 1 && head.trim() === '' && figures.length === 1 && t.slice(first.end, end).trim() === '' &&
        /円\s?$/u.test(t.slice(0, bracketOpen)) && previous !== undefined && previous.line.stage !== 'supplementary';
      if ((prior !== null || bareAfterFigure) && previous !== undefined && previous.line.fiscal_year !== null) {
        fiscalYear = previous.line.fiscal_year - 1;
        if (prior !== null) head = blank(head, prior);
      }
      if (fiscalYear === undefined) return issue('no fiscal year printed and none given', start, end);
      if (fiscalYear < 1989 || fiscalYear > 2100) return issue(`fiscal year ${fiscalYear} is out of range`, start, end);
      let stage: BudgetLine['stage'] | undefined;
      let supplementaryNo: number | null = null;
      for (const [candidate, re] of STAGES) {
        for (const s of matchesIn(re, head)) {
          if (!stage) {
            stage = candidate;
            const n = candidate === 'supplementary' ? s[1] : undefined;
            if (n) supplementaryNo = kanjiNumber(n);
          }
          head = blank(head, s);
        }
      }
      let account: string | null = null;
      for (const a of matchesIn(ACCOUNT, head)) {
        account ??= m.rawOf(a.index, a.index + a[0].length).replace(/\s/gu, '');
        head = blank(head, a);
      }
      const isNew = matchesIn(NEW, t.slice(start, end)).length > 0;
      const afterEra = eraMatch ? head.slice(eraMatch.index) : '';
      if (/円|\d\s?(?:兆|億|万|千)/u.test(head)) return issue('a figure that cannot be read', start, end);

      figures.forEach((f, i) => {
        const boundary = i === 0 ? start : figures[i - 1]!.end;
        const before = i === 0 ? head.slice(boundary, f.start) : t.slice(boundary, f.start);
        const after = t.slice(f.end, figures[i + 1]?.start ?? end);
        const flags = /^\s?(程\s?度)?\s?(の\s?内\s?数)?\s?(程\s?度)?/u.exec(after)!;
        let note: string | null = null;
        // Several figures under one label (本省:120百万円/地方:30百万円, 産業投資450億円、政府保証270億円): each one's own label is its note.
        const own = /([^\s、,/:：;；]+)[\s:：]*$/u.exec(before.replace(/^[\s\S]*[、,/]/u, ''));
        if (own && (figures.length > 1 || (eraMatch && /[:：]\s*$/u.test(before) && trimSeparators(afterEra).length > 0))) {
          const at = before.lastIndexOf(own[1]!);
          note = m.rawOf(boundary + at, boundary + at + own[1]!.length);
        }
        const line: BudgetLine = {
          fiscal_year: fiscalYear!, era_label: eraLabel, stage: stage ?? (eraMatch || prior || bareAfterFigure ? 'initial' : defaultStage),
          supplementary_no: supplementaryNo, account, amount_jpy: null, unit: null,
          part_of: flags[2] !== undefined, approximate: f.approximate || flags[1] !== undefined || flags[3] !== undefined,
          new: isNew, note, raw: '',
        };
        if (f.kind === 'jiko') line.note = '事項要求';
        else if (f.kind === 'dash') {
          const dash = m.rawOf(f.start, f.end);
          const label = trimSeparators(m.rawOf(start, f.start));
          line.note = label
            ? `金額欄は「${dash}」（${label}の計上なし）`
            : `予算額欄は「${dash}」（金額の記載なし。年度・段階は施策集の対象である${defaultLabel(line.fiscal_year, line.stage)}とみなす）`;
        } else {
          const yen = toYen(f.text);
          if (typeof yen === 'string') return issue(yen, f.start, f.end);
          line.amount_jpy = yen.yen;
          line.unit = yen.unit;
        }
        built.push({ line, rawStart: start, rawEnd: end });
        if (i === figures.length - 1) {
          const tail = trimSeparators(m.rawOf(f.end + flags[0].length, end).replace(NEW_MARK, ''));
          addNote(last(), tail);
        }
      });
      if (wholeEntryRaw === undefined) wholeEntryRaw = !eraMatch && first.kind !== 'dash';
    };

    /** A region: runs of text and the parenthesised groups inside it, read in printed order. */
    const readRegion = (start: number, end: number): void => {
      let runStart = start;
      let depth = 0;
      let open = -1;
      let inLabel = false;
      for (let i = start; i <= end; i++) {
        const ch = i < end ? t[i] : undefined;
        if (ch === '【') inLabel = true;
        if (ch === '】') inLabel = false;
        // A 【 that OCR closed with another bracket (「【新規)」) still ends with the text.
        if (inLabel && ch !== undefined) continue;
        if (ch === '(') {
          if (depth++ === 0) open = i;
        } else if (ch === ')' || (ch === undefined && depth > 0)) {
          if (depth === 0 || --depth > 0) continue;
          const close = ch === undefined ? end : i;
          const inner = t.slice(open + 1, close);
          const hasFigure = findFigures(t, open + 1, close).length > 0;
          const seenFigure = built.length > 0 || findFigures(t, runStart, open).length > 0;
          if (/^\s?(案|新\s?規)\s?$/u.test(inner) || (!hasFigure && !seenFigure)) {
            if (ch === undefined) readRun(runStart, end);
            continue; // part of the label or the item name
          }
          readRun(runStart, open);
          if (/^\s?(ほか|他|外)/u.test(inner) && hasFigure) {
            // 「(ほかデジタル庁16百万円)」 belongs to the line it follows
            const b = last();
            addNote(b, m.rawOf(open + 1, close));
            if (b && t.slice(b.rawEnd, open).trim() === '') b.rawEnd = Math.min(close + 1, end);
          } else if (hasFigure) {
            const outer = bracketOpen;
            bracketOpen = open;
            readRegion(open + 1, close);
            bracketOpen = outer;
          }
          else addNote(last(), trimSeparators(m.rawOf(open + 1, close)));
          runStart = close + 1;
        } else if (ch === undefined) readRun(runStart, end);
      }
    };

    readRegion(0, t.length);
    for (const b of built) b.line.raw = wholeEntryRaw ? entryRaw.trim() : trimSeparators(m.rawOf(b.rawStart, b.rawEnd));
    lines.push(...built.map((b) => b.line));
    const eraNames = [...t.matchAll(/令和|平成|昭和/gu)];
    era = eraNames[eraNames.length - 1]?.[0] ?? era;
  }
  if (lines.length === 0 && issues.length === 0 && text.trim() !== '') {
    issues.push({ type: 'unreadable-budget', message: 'no budget figure found', raw: text.trim() });
  }
  // The account is a value to group by (一般会計, not the ⼀般会計 a printer wrote); notes and `raw` stay as printed.
  const normalised = lines.map((line) => ({ ...line, account: line.account === null ? null : normaliseCharacters(line.account) }));
  return { lines: normalised, issues };
}

/** A bracket opened after a figure, with a figure of its own in it, at the line's end: whole but for its closing bracket. */
const CLOSED_BUT_FOR_BRACKET = /円\s?[(（][^()（）]*\d[^()（）]*円\s*$/u;
/** A line opening with words, then a figure: an entry's name and amount, no wrapped bracket's rest. */
const OWN_ENTRY = /^[^\d\s()（）、,.:：※円][^()（）]*?\d[\d,.]*\s?(?:兆|億|千万|百万|万|千)?円/u;
const openParentheses = (text: string): number => (text.match(/[(（]/gu)?.length ?? 0) - (text.match(/[)）]/gu)?.length ?? 0);

const STARTS_WITH_FIGURE = new RegExp(String.raw`^(?:約\s?)?[0-9０-９]|^事\s?項\s?要\s?求|^[${DASHES}]{1,2}$`, 'u');
const startsWithFigure = (line: string): boolean => STARTS_WITH_FIGURE.test(line);
const hasFigure = (line: string): boolean => {
  const t = normaliseCharacters(line);
  return findFigures(t, 0, t.length).length > 0;
};

/**
 * Physical lines → entries. A label line whose figure is on the next line (予算額 cells, wrapped 【予算】
 * items) is joined to it with a space; a line in parentheses or a ※ remark continues the entry before it.
 * Labels stacked above their figures (k labels, then k figures) are paired in order.
 */
function joinEntries(text: string): string[] {
  const physical = text.split(/\r?\n/u).map((l) => l.trim().replace(/^[・•✓]\s*|^-\s+(?=\S)/u, '')).filter((l) => l !== '');
  const entries: string[] = [];
  let pending: string[] = [];
  let open = false;
  for (let i = 0; i < physical.length; i++) {
    const line = physical[i]!;
    const next = physical[i + 1];
    // A parenthesis left open at the end of a line is a wrap inside the entry: 「…(ほかデジタル庁一括計上」「45百万円))」;
    // not where its figure is whole and the next line opens an entry of its own with its words (a scan's OCR lost the
    // closing bracket of 「…35.6億円(元年度31.6億円)」 over 「電波遮へい対策事業32.5億円…」).
    if (open && pending.length === 0 && openParentheses(entries.at(-1)!) > 0 && !(CLOSED_BUT_FOR_BRACKET.test(entries.at(-1)!) && OWN_ENTRY.test(line))) {
      entries[entries.length - 1] += line;
      continue;
    }
    // A mark wrapped in its brackets (「…1.2億円【新」 over 「規】」) continues the entry as well.
    const continuation = /^[(（※]|^の\s?内\s?数|^【\s?新\s?規/u.test(line) || (open && /【[^】]*$/u.test(entries.at(-1)!) && /^[^【]*】/u.test(line));
    if (!hasFigure(line)) {
      if (open && continuation && pending.length === 0 && !(next && startsWithFigure(next))) entries[entries.length - 1] += ` ${line}`;
      else pending.push(line);
      continue;
    }
    if (open && continuation && pending.length === 0) {
      entries[entries.length - 1] += ` ${line}`;
      continue;
    }
    const stacked = pending.length > 1 && pending.every((p) => ERA_ONCE.test(normaliseCharacters(p)));
    const figures = physical.slice(i, i + pending.length);
    if (stacked && figures.length === pending.length && figures.every((f) => startsWithFigure(f) && hasFigure(f))) {
      pending.forEach((p, k) => entries.push(`${p} ${figures[k]}`));
      i += pending.length - 1;
    } else entries.push([...pending, line].join(' '));
    pending = [];
    open = true;
  }
  if (pending.length > 0) entries.push(pending.join(' '));
  return entries;
}
