import type { ContactFlag, Office } from '../../schemas/types.ts';
import { normaliseCharacters } from './normalise-text.ts';

export interface OfficeContext {
  /** Ministry of offices printed without one (a ministry's own catalogue omits it). */
  ministry?: string;
}

// Patterns run on the printed text (full-width and half-width alike), so a flag keeps the raw as printed.
const DIGIT = '[0-9０-９]';
// The half-width prolonged sound mark (ｰ) too: spreadsheets and slides type it for a hyphen (「03ｰ3501ｰ1662」).
const HYPHEN = '[-‐‑‒–—―−－ーｰ]';
const PHONE_CANDIDATE = new RegExp(
  `(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ@＠.．])(?:[(（]?[0０]${DIGIT}*(?:[ \\t　]?(?:${HYPHEN}|[)）])[ \\t　]?${DIGIT}+)+|[0０]${DIGIT}{8,})`,
  'gu',
);
const EMAIL_CANDIDATE = /[A-Za-z0-9._%+\-Ａ-Ｚａ-ｚ０-９＿．－]+\s?[@＠]\s?[A-Za-z0-9.,\-Ａ-Ｚａ-ｚ０-９．，－]*[A-Za-zＡ-Ｚａ-ｚ]/gu;
/** Labels before a contact; FAX numbers are skipped (the schema has no place for them). */
const CONTACT_LABEL = /(?:TEL|Tel|tel|ＴＥＬ|電話(?:番号)?|℡|E-?mail|e-?mail|Ｅ-?ｍａｉｌ|メール(?:アドレス)?|FAX|Fax|ＦＡＸ|ファクス|ファックス)\s?[.．]?\s?[:：]?/gu;
const FAX_LABEL = /(?:FAX|Fax|ＦＡＸ|ファクス|ファックス)\s?[.．]?\s?[:：]?\s*$/u;
const PHONE_PATTERN = /^0\d{1,4}-\d{1,4}-\d{3,4}$/u;
/** What OCR reads into the gap before an address, as 「_」, with the phone before the gap when no space parts them. */
const GAP_BEFORE_ADDRESS = /^(?:0\d{1,4}-\d{1,4}-\d{3,4})?[_＿]+/u;
const EMAIL_PATTERN = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/u;

const MINISTRY = /^(?:内閣官房|内閣府|[\p{Script=Han}\p{Script=Katakana}ー]{1,10}?[省庁])/u;
/** Units of an office name: the shortest run ending in a unit word. */
const UNIT = /^.+?(?:官房|局|部|課|室|係|センター|研修所|所|班)/u;
const JAPANESE = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー・、。「」（）]';
const WRAP_SPACE = new RegExp(`(?<=${JAPANESE})\\s+|\\s+(?=${JAPANESE})`, 'gu');

interface Draft { nameStart: number; nameEnd: number; phones: string[]; emails: string[]; flags: ContactFlag[]; hasContact: boolean }

/** The name without its wrapping brackets, leading labels such as 担当:, and the underscores OCR reads into a gap. */
const cleanName = (raw: string): string =>
  raw
    .trim()
    .replace(/^[_＿]+|[_＿]+$/gu, '')
    .replace(/^(?:担当(?:部局|課室)?|問い?合わ?せ先|連絡先)\s?[:：]\s?/u, '')
    // 「1．商務・サービスG 生物化学産業課」, 「（1）通商政策局 総務課」, 「①…」: the number of an office in a list of them,
    // or the numbers of the items it answers for (「（２）（３）…」).
    .replace(/^(?:(?:[(（]?[0-9０-９]{1,2}\s?[.．)）]|[①-⑳])\s*)+/u, '')
    // The same number opening a line of a name wrapped under its bureau (「製造産業局」 / 「（1）金属課 03-…」).
    .replace(/(?<=\n)\s*(?:(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．]|[①-⑳])\s*)+/gu, '')
    .replace(/^[(（【「]\s*|\s*[)）】」]$/gu, '')
    // 「地域政策課（TEL:」: the bracket that opens the phone is not the name's.
    .replace(/\s*[(（]\s*(?:TEL|Tel|tel|電話|℡)?\s*[:：]?$/u, '')
    .trim();

const normaliseName = (raw: string): string => normaliseCharacters(raw).replace(WRAP_SPACE, '').replace(/\s+/gu, ' ').trim();

function splitName(name: string, ministryFromContext: string | null): Pick<Office, 'ministry' | 'bureau' | 'division'> {
  const ministry = MINISTRY.exec(name)?.[0];
  let rest = ministry ? name.slice(ministry.length) : name;
  const units: string[] = [];
  for (let m = UNIT.exec(rest); m; m = UNIT.exec(rest)) {
    units.push(m[0]);
    rest = rest.slice(m[0].length);
  }
  if (rest) units.push(rest);
  // A bureau is …局 or …官房, with the 部 (department) inside it; a 部 with no 局 above it stands as the bureau.
  let b = 0;
  while (b < units.length && /(?:局|官房)$/u.test(units[b]!)) b++;
  if (b > 0) while (b < units.length && /部$/u.test(units[b]!)) b++;
  else if (units[0] && /部$/u.test(units[0])) b = 1;
  const bureau = units.slice(0, b).join('');
  const division = units.slice(b).join('');
  return { ministry: ministry ?? ministryFromContext, bureau: bureau || null, division: division || null };
}

/** Whether a name piece starts a new office rather than continuing a wrapped name: it opens with a ministry or a bureau. */
const startsOffice = (piece: string): boolean => MINISTRY.test(piece) || /^[^課室係部]+?(?:局|官房)/u.test(piece);

/**
 * Reads an office line or cell: one or more names, each followed by its phones and e-mails.
 * Contacts that fail their pattern are kept raw in `flags`, never repaired.
 */
/** An office name in brackets right after a phone number: whose number it is. */
const PHONE_OWNER = /^\s*[（(][^（()）\n]{1,20}[課室局部庁省][）)]/u;

/** An address wrapped after a hyphen of its local part (「E-mail hinanjo-」 / 「wifi@soumu.go.jp」), as a narrow cell or column breaks it. */
const ADDRESS_WRAP = /(?<=[A-Za-z0-9._%+][-－])[ \t]*\n\s*(?=[A-Za-z0-9._%+\-Ａ-Ｚａ-ｚ０-９＿．－]+\s?[@＠])/gu;
/** 「E-mail」 wrapped at its hyphen (「…5517 E-」 / 「mail hyojunka@…」). */
const EMAIL_LABEL_WRAP = /(?<=(?<![A-Za-z])[EeＥ][-－])[ \t]*\n\s*(?=[mｍ][aａ][iｉ][lｌ])/gu;
/**
 * A phone number wrapped after a hyphen (「（TEL 03-5253-」 / 「5749 E-mail …）」, 「TEL 03-」 / 「3501-9726」), as a
 * narrow column breaks it.
 */
const PHONE_WRAP = new RegExp(
  `(?<=(?<![0-9０-９])[0０]${DIGIT}{1,4}${HYPHEN}${DIGIT}{1,4}${HYPHEN})[ \\t]*\\n\\s*(?=${DIGIT}{3,4}(?!${DIGIT}))` +
    `|(?<=(?<![0-9０-９])[0０]${DIGIT}{1,4}${HYPHEN})[ \\t]*\\n\\s*(?=${DIGIT}{1,4}${HYPHEN}${DIGIT}{3,4}(?!${DIGIT}))`,
  'gu',
);

/**
 * A template's blanks left in the text: 「○○局」, 「○○課」, 「03-3501-○○○○」 (the real name or number is
 * printed over or beside them, or nowhere): no office's, and never published as one.
 */
const PLACEHOLDER = /[0-9０-９]{2,5}[-－][0-9０-９]{2,4}[-－][○〇]{3,4}|[○〇]{2,}(?:局|部|課|室|係|班|グループ)?/gu;

export function parseOfficeText(printed: string, context: OfficeContext = {}): Office[] {
  const text = printed.replace(ADDRESS_WRAP, '').replace(PHONE_WRAP, '').replace(EMAIL_LABEL_WRAP, '').replace(PLACEHOLDER, '');
  const ministryFromContext = context.ministry ?? null;
  type Token = { kind: 'phone' | 'email' | 'label'; start: number; end: number };
  const tokens: Token[] = [];
  for (const m of text.matchAll(EMAIL_CANDIDATE)) {
    // OCR reads the gap before an e-mail as 「_」: neither it nor a phone before it is part of the address.
    const gapBefore = GAP_BEFORE_ADDRESS.exec(m[0])?.[0].length ?? 0;
    tokens.push({ kind: 'email', start: m.index + gapBefore, end: m.index + m[0].length });
  }
  const taken = (i: number): boolean => tokens.some((t) => i >= t.start && i < t.end);
  for (const m of text.matchAll(PHONE_CANDIDATE)) if (!taken(m.index)) tokens.push({ kind: 'phone', start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(CONTACT_LABEL)) if (!taken(m.index)) tokens.push({ kind: 'label', start: m.index, end: m.index + m[0].length });
  tokens.sort((a, b) => a.start - b.start);

  const drafts: Draft[] = [];
  let current: Draft | undefined;
  const addName = (start: number, end: number, afterComma: boolean): void => {
    const piece = text.slice(start, end);
    if (cleanName(piece) === '') return;
    if (current && current.nameEnd > current.nameStart) {
      // A wrapped name continues (総務省 / 自治行政局 / 地域政策課) until it has a bureau or division and a new ministry or bureau begins.
      const sofar = splitName(normaliseName(cleanName(text.slice(current.nameStart, current.nameEnd))), null);
      const complete = sofar.bureau !== null || sofar.division !== null;
      // A ministry printed alone as the page's tag (総務省), then the office with its ministry again.
      if (!complete && !current.hasContact && sofar.ministry !== null && normaliseName(cleanName(piece)).startsWith(sofar.ministry)) {
        current.nameStart = start;
        current.nameEnd = end;
        return;
      }
      if (current.hasContact || afterComma || (complete && startsOffice(normaliseName(cleanName(piece))))) current = undefined;
    }
    if (!current) {
      current = { nameStart: start, nameEnd: end, phones: [], emails: [], flags: [], hasContact: false };
      drafts.push(current);
    } else if (current.nameEnd === current.nameStart) {
      current.nameStart = start; // contacts printed before the name
      current.nameEnd = end;
    } else current.nameEnd = end;
  };
  /** Text between contacts: names separated by 、 or line breaks (a wrapped name continues unless a new office starts). */
  const addNames = (start: number, end: number): void => {
    let from = start;
    let afterComma = false;
    for (const m of text.slice(start, end).matchAll(/[、，,;；]|\n|\s+(?=\S)/gu)) {
      // A list that breaks its line after a comma (「ガス安全室、」 / 「電力安全課」) goes on listing.
      const empty = text.slice(from, start + m.index).trim() === '';
      addName(from, start + m.index, afterComma);
      afterComma = /[、，,;；]/u.test(m[0]) || (empty && afterComma);
      from = start + m.index + m[0].length;
    }
    addName(from, end, afterComma);
  };

  /** The office listed so far that a phone's bracketed owner names (「（保安課）」 after 「保安課、高圧ガス保安室」). */
  const ownerOf = (owner: string | undefined): Draft | undefined => {
    const name = owner === undefined ? '' : normaliseName(owner).replace(/[()（）]/gu, '');
    return name === '' ? undefined : drafts.find((d) => d.nameEnd > d.nameStart && normaliseName(cleanName(text.slice(d.nameStart, d.nameEnd))).endsWith(name));
  };

  let position = 0;
  for (const token of tokens) {
    addNames(position, token.start);
    position = token.end;
    // 「03-3501-8628（保安課）」: the office a phone is for, named again after it, is no office of its own.
    const owner = token.kind === 'phone' ? PHONE_OWNER.exec(text.slice(token.end))?.[0] : undefined;
    position += owner?.length ?? 0;
    if (token.kind === 'label') continue;
    const raw = text.slice(token.start, token.end).trim();
    if (token.kind === 'phone' && FAX_LABEL.test(text.slice(0, token.start))) continue;
    if (!current) {
      current = { nameStart: token.start, nameEnd: token.start, phones: [], emails: [], flags: [], hasContact: false };
      drafts.push(current);
    }
    current.hasContact = true;
    if (token.kind === 'phone') {
      // 「(03)5253-5111」 is 03-5253-5111; a bracket around the whole number (「（03-5253-5894）」) is not part of it.
      const phone = normaliseCharacters(raw).replace(/\s/gu, '').replace(/^\((0\d+)\)/u, '$1-').replace(/^\(|\)$/gu, '').replace(/[‐‑‒–—―−ー)]/gu, '-');
      if (PHONE_PATTERN.test(phone)) (ownerOf(owner) ?? current).phones.push(phone);
      else current.flags.push({ type: 'invalid-phone', raw });
    } else {
      const email = normaliseCharacters(raw).replace(/\s/gu, '');
      const at = email.indexOf('@');
      const cased = email.slice(0, at) + email.slice(at).toLowerCase(); // domains are case-insensitive; local parts are kept
      if (EMAIL_PATTERN.test(cased) && !cased.includes('..')) current.emails.push(cased);
      else current.flags.push({ type: 'invalid-email', raw });
    }
  }
  addNames(position, text.length);

  // 「A課 03-… B課 03-… x@y」: an e-mail printed after the last office belongs to every office with a phone but no e-mail of its own.
  const lastEmails = drafts[drafts.length - 1]?.emails ?? [];
  for (const d of drafts.slice(0, -1)) if (d.emails.length === 0 && d.phones.length > 0) d.emails.push(...lastEmails);

  const office = (nameRaw: string, contacts: Pick<Office, 'phones' | 'emails' | 'flags'>): Office[] => {
    const name = normaliseName(nameRaw);
    return name === '' ? [] : [{ name, name_raw: nameRaw, ...splitName(name, ministryFromContext), ...contacts }];
  };
  const out: Office[] = [];
  let waiting: Draft[] = [];
  for (const d of drafts) {
    if (!d.hasContact) {
      waiting.push(d);
      continue;
    }
    // Offices listed one a line, their phones in a column beside them read after the last name (「A課 / B課」 then
    // 「03-… / 03-…」): as many office lines as phones, one phone each, in order.
    // A bureau or group alone on the first line heads them all (「製造産業局」 over 「（1）金属課」 「（2）宇宙産業室」).
    const named = [...waiting, d].flatMap((w) => text.slice(w.nameStart, w.nameEnd).split('\n')).map(cleanName).filter((line) => line !== '');
    const head = named.length === d.phones.length + 1 && HEAD.test(normaliseName(named[0]!)) ? named[0]! : '';
    const lines = head === '' ? named : named.slice(1);
    if (d.phones.length >= 2 && lines.length === d.phones.length && d.flags.length === 0 && lines.every((line) => OFFICE_END.test(normaliseName(line)))) {
      out.push(...lines.flatMap((line, k) => office(head + line, { phones: [d.phones[k]!], emails: d.emails, flags: [] })));
    } else {
      for (const w of [...waiting, d]) out.push(...office(cleanName(text.slice(w.nameStart, w.nameEnd)), { phones: w.phones, emails: w.emails, flags: w.flags }));
    }
    waiting = [];
  }
  for (const w of waiting) out.push(...office(cleanName(text.slice(w.nameStart, w.nameEnd)), { phones: [], emails: [], flags: [] }));
  // A bureau or group alone on the first line, wrapped into the first office's name, heads the offices listed after it
  // (「産業保安グループ」 over 「保安課、高圧ガス保安室、ガス安全室」) that name no ministry or bureau of their own.
  const head = normaliseName(cleanName(text.split('\n')[0] ?? ''));
  if (!HEAD.test(head) || out[0] === undefined || out[0].name === head || !out[0].name.startsWith(head)) return out;
  return out.flatMap((o, k) => (k === 0 || o.name.startsWith(head) || startsOffice(o.name) ? [o] : office(head + o.name_raw, { phones: o.phones, emails: o.emails, flags: o.flags })));
}

/** A name that heads offices listed under it: a ministry, bureau or group with no division. */
const HEAD = /^[^課室係班]+(?:省|庁|局|官房|グループ|本部)$/u;

/** A unit word an office's name ends with (総務省, …局, …課, …グループ, …センター). */
const OFFICE_END = /(?:省|庁|府|官房|局|部|課|室|係|班|所|センター|グループ|チーム|本部|事務局|事務所)$/u;

/** Whether a line prints a phone number or an e-mail address. */
export const hasContact = (text: string): boolean => [...text.matchAll(PHONE_CANDIDATE), ...text.matchAll(EMAIL_CANDIDATE)].length > 0;

/** Whether a line is contacts alone (「03-3501-1654」, 「TEL：…」), naming no office: nothing but brackets is left without them. */
export const isContactOnly = (text: string): boolean =>
  hasContact(text) && /^[\s()（）]*$/u.test(text.replace(EMAIL_CANDIDATE, '').replace(PHONE_CANDIDATE, '').replace(CONTACT_LABEL, ''));

/**
 * Whether what was read as an office is one: it has a phone or an e-mail, or its name ends in a
 * unit word. Text printed near a record's name with neither (「事業の内容 事業イメージ」) is not an office.
 */
export const looksLikeOffice = (office: Office): boolean => office.phones.length > 0 || office.emails.length > 0 || OFFICE_END.test(office.name);
