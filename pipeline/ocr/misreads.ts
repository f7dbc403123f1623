/**
 * Characters OCR reads for others where the text around them says which was printed: corrected in
 * every OCR'd line before it is published, so every stage reads what the page says.
 */

/** A period between two dates or fiscal years, its 〜 read as 一 or ー: 「令和5年度一令和7年度」, 「4月1日ー3月31日」. */
const RANGE_DASH = /(年度|日)\s?[一ー](?=\s?(?:令和|平成|昭和|\d))/gu;

/** A minus before an amount read as 一 or ー (「寄附額一2,000円」): no word runs a kanji 一 into a figure. */
const MINUS_AFTER_AMOUNT = /(?<=額\s?)[一ー](?=\s?\d)/gu;

/** A range's 〜 read as ー between two decimals (「28.2ー28.3GHz」): no word runs a long vowel mark between figures. */
const DECIMAL_RANGE_DASH = /(?<=\d\.\d+)\s?ー\s?(?=\d+\.\d)/gu;

/** A period's 〜 read as へ between two fiscal years (「令和5年度へ令和7年度」): a year a text goes to is not followed by another. */
const RANGE_AS_HE = /(?<=年度)\s?へ\s?(?=(?:令和|平成)\s?(?:\d{1,2}|元)\s?年度)/gu;

/** A period's 〜 OCR lost between two fiscal years (「令和5年度令和7年度」): no text runs two years together. */
const RANGE_DASH_LOST = /(?<=年度)(?=(?:令和|平成)\d{1,2}年度)/gu;

/** 目 read as 日 in words that have no 日: 目的, 目標, 目指す (「事業の日的」, 「日指します」). */
const EYE_AS_SUN = /日(?=的|標|指)/gu;

/** The I of AI and IoT read as a lower-case l (or a bar), or with one: 「Alによる」, 「loT」, 「IloT」. Japanese text has no word Al, loT or IloT. */
const AI_AS_AL = /(?<![A-Za-z])Al(?![A-Za-z])/gu;
const IOT_AS_LOT = /(?<![A-Za-z])I?[l|]oT(?![A-Za-z])/gu;

/**
 * 百 and 万 of an amount's unit read as 白 and 方 or 亡 (「1,798白方円」, 「101白太円」, 「460百方円」, 「1,514百亡円」, 「百太円」, 「百力円」),
 * the unit wrapped to the next line or not (「255百」 / 「方円」): after a figure no other word is printed.
 */
const HUNDRED_AS_WHITE = /(?<=\d\s?)白(?=[万方亡太力]円)/gu;
const MAN_AS_DIRECTION = /(?<=\d\s?[百千]?\n?)[方亡太力](?=\n?円)/gu;
/** 百万 read as one kanji, 拍, between a figure and 円 (「500拍円」): no amount is printed in it. */
const MILLION_AS_ONE = /(?<=\d\s?)拍(?=円)/gu;
/** 一般会計's 一 read as a hyphen, a long vowel mark or an asterisk (「-般会計」, 「*般会計」): no word but 一般 ends in 般 before 会計. */
const ICHI_AS_DASH = /(?<![\p{Script=Han}\p{Script=Katakana}])[-‐ー*](?=般会計)/gu;
/**
 * A speck read as a character between a figure and its unit (「52和百万円」): no word stands there but
 * 数 and 余 (「10数百万円」, 「50余億円」), kept.
 */
const SPECK_BEFORE_UNIT = /(?<=\d)[^\d\s,.、。・()（）数余兆億千百万円](?=(?:百万|千万|億)円)/gu;

/** A thousands comma read as a closing bracket, or with one (「1)230百万円」, 「3,)500百万円」): no bracket closes between a figure's digits. */
const COMMA_AS_BRACKET = /(?<=\d)(?:,\)|\),?)(?=\d{3}(?!\d)\s?(?:[(（]\s?[\d,]+\s?[)）])?\s?(?:百万|千|億)?円)/gu;

/** A thousands comma read as a period before yen, thousands, millions or 億 of yen (「1.798百万円」, 「2.000円」, 「2.500億円」): none of these is printed with three decimals. */
const COMMA_AS_PERIOD = /(?<=\d)\.(?=\d{3}(?!\d)\s?(?:百万|千|億)?円)/gu;

/** A thousands comma read with a period beside it (「ローカル10,.000プロジェクト」): no number prints both. */
const COMMA_WITH_PERIOD = /(?<=\d)(?:,\.|\.,)(?=\d{3}(?!\d))/gu;
/**
 * A thousands comma read as a period before three digits ending in 0 (「ローカル10.000プロジェクト」): a decimal
 * drops its trailing zeros, and a group of thousands never starts a number with 0. Not between dotted numbers (「1.100.2」).
 */
const COMMA_AS_PERIOD_IN_COUNT = /(?<=(?<![\d.])[1-9]\d{0,2})\.(?=\d{2}0(?![\d.]))/gu;

/**
 * The era 令和 with its 令 read as another kanji before its year (「信和5年度」, 「琉和2年度」, 「條和5年」,
 * 「琶和6年度」; a large one as 「人名和6年度」): no word but an era (昭和, 令和) puts one kanji before 和 and a
 * year, unless it ends a longer word (緩和); the kanji OCR gives for 令 most, after a heading mark read as one too (「金仁和5年度」).
 */
const REIWA_MISREAD = /(?:[信琉條仁門今下]|(?<!\p{Script=Han})(?:人名|(?!昭)\p{Script=Han}))(?=和\s?(?:\d{1,2}|元)\s?[年名午])/gu;

/** The 年 of an era's fiscal year read as 名 or 午 (「令和6名度」): no word follows an era's year but 年. */
const YEAR_MISREAD = /(?<=(?:令和|平成)\s?(?:\d{1,2}|元)\s?)[名午](?=度)/gu;

/** A speck read as 和 between a fiscal year and its budget's stage (「令和5年度和補正予算額」): no word runs 年度和 into 補正, 予算 or 当初. */
const WA_AFTER_YEAR = /(?<=年度)和(?=補正|予算|当初)/gu;

/** 補正's 正 read with its top stroke split off as 上 (「令和5年度補上正予算」): no word runs 補上正. */
const SUPPLEMENTARY_SPLIT = /(?<=補)上(?=正)/gu;

/**
 * Words of policy text OCR reads as no word at all, a kanji read as its lookalike or with a stroke before it
 * (貢献 as 真献 or 頁献, 前提 as 前揚 or 前捉, 閣僚 as 関僚, 柔軟 as 和柔軟, 減 as 滅 in 軽減, 削減, 低減, 増減, 含 as 合 in 含む, 含め, 構築 as 構染, 脱炭素 with a speck as 上, 嵩上げ as 高上げ): read as the word.
 */
const MISREAD_WORDS: ReadonlyMap<string, string> = new Map([
  ['真献', '貢献'],
  ['頁献', '貢献'],
  ['前揚', '前提'],
  ['前捉', '前提'],
  ['関僚', '閣僚'],
  ['和柔軟', '柔軟'],
  ['軽滅', '軽減'],
  ['削滅', '削減'],
  ['低滅', '低減'],
  ['増滅', '増減'],
  ['合む', '含む'],
  ['合め', '含め'],
  ['合まれ', '含まれ'],
  ['構染', '構築'],
  ['脱上炭素', '脱炭素'],
  ['高上げ', '嵩上げ'],
  ['芝急', '緊急'],
  ['開折', '開拓'],
  ['携淀', '携帯'],
  ['吾かな', '豊かな'],
  ['符環', '循環'],
]);
const MISREAD_WORD = new RegExp([...MISREAD_WORDS.keys()].join('|'), 'gu');

/**
 * 間 read as 問 after the kanji it closes words with (関係者間, 民間, 期間, 年間, 時間, 空間, 区間, 中間): no word runs
 * them into 問 but before 問題 or 問い合わせ (「事業者問い合わせ」); nor 「…の問で」 「…の問に」 (between: 「行政機関等の間で」).
 */
const AIDA_AS_TOI = /(?<=[者民期年時空区中])問(?![い合題])|(?<=の)問(?=[でに])/gu;

/** A strategy reference's 横 (a 総合戦略's cross-cutting goals: 「横2-1-(1)-iv」) read as 模 before its number path: no word does so. */
const YOKO_AS_MO = /(?<!\p{Script=Han})模(?=\d{1,2}-\d)/gu;

/** 嵩 read as 高 before its reading in brackets (「高(かさ)上げ」). */
const KASA_AS_TAKA = /高(?=\s?[(（]かさ[)）]\s?上げ)/gu;

/**
 * A flow diagram's arrows (「国 →（補助）→ 民間事業者等」) read as つ, ご, っ or 一 round the bracketed kind of
 * funding, once or twice (「国つ(補助)ご民間事業者等」, 「国つつ(補助)…」): no word ends in them before such a
 * bracket, nor opens with them after it. Not ー, which ends katakana words (センター).
 */
const ARROW_BEFORE_FUNDING = /(?<=[\p{Script=Han}\p{Script=Katakana}])\s?[つごっ一]{1,2}\s?(?=[(（][\p{Script=Han}\d/]{1,8}[)）])/gu;
const ARROW_AFTER_FUNDING = /(?<=[(（][\p{Script=Han}\d/]{1,8}[)）])\s?[つごっ]{1,2}\s?(?=[\p{Script=Han}\p{Script=Katakana}])/gu;
/**
 * Or not read at all, or read as で, where the arrow on the bracket's other side says it is a flow (「国(補助)→
 * 民間事業者等」, 「国で(補助)→ 商店街振興組合等」).
 */
const ARROW_LOST_BEFORE_FUNDING = /(?<=[\p{Script=Han}\p{Script=Katakana}])\s?で?\s?(?=[(（][\p{Script=Han}\d/]{1,8}[)）]\s?→)/gu;
const ARROW_LOST_AFTER_FUNDING = /(?<=→\s?[(（][\p{Script=Han}\d/]{1,8}[)）])(?=[\p{Script=Han}\p{Script=Katakana}])/gu;

/** ベ and ペ read as their hiragana twins by a katakana word (「国費べース」, wrapped or not): no hiragana べ or ぺ runs into one. */
const KATAKANA_TWIN = /[べぺ](?=\n?[ァ-ヺー])|(?<=[ァ-ヺー]\n?)[べぺ]/gu;
const katakanaTwin = (char: string): string => (char === 'べ' ? 'ベ' : 'ペ');

/**
 * A speck read as a closing bracket after a circled number that opens a value (「①】デジタル実装による…」): nothing
 * opened it; or the number's ring read again as a circle (「①〇デジタル…」): a placeholder is two (「①〇〇市の…」); or
 * its tail read as り before a word in katakana or kanji (「①りデジタル実装…」): no word opens with り so.
 */
const CIRCLED_SPECK = /(?<=(?:^|[\s:：])[①-⑳])(?:[】」』]|[〇○](?![〇○])|り(?=[\p{Script=Han}\p{Script=Katakana}]))(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;

/**
 * A record's number path whose hyphen OCR lost, opening a title (「1 1高度無線…」 for 「1-1 高度無線…」): two
 * numbers a space apart before a word that is no count of years, months, people or yen.
 */
const PATH_HYPHEN_LOST = /^(\d{1,2}) (\d{1,2})(?=(?![年月日度次回人件万億円割倍時分秒歳])[\p{Script=Han}\p{Script=Katakana}])/u;

/** A ➢ bullet read as 「ェ」 (or 「>ェ」) opening a line before a number or a kanji (「>ェ③認知症対応型…」): no word opens so. */
const ARROW_BULLET_AS_E = /^(?:>\s?)?ェ(?=[\d①-⑳\p{Script=Han}])/u;

/** The blank half of a full-width bracket after a Latin word read as an underscore (「CDN _ (Content…」 for 「CDN（Content…」). */
const GAP_BEFORE_BRACKET = /(?<=[A-Za-z0-9])\s?_+\s?(?=[(（])/gu;

/** A heading's 「◆」 read as 「$」, a speck before it at most (「る$医療・介護…」): no line opens with a dollar but a figure. */
const DIAMOND_AS_DOLLAR = /^\S?\$(?![\d\s])/u;

export function correctMisreads(text: string): string {
  return text
    .replace(DIAMOND_AS_DOLLAR, '◆')
    .replace(ARROW_BULLET_AS_E, '➢')
    .replace(RANGE_DASH, '$1～')
    .replace(RANGE_DASH_LOST, '～')
    .replace(DECIMAL_RANGE_DASH, '～')
    .replace(MINUS_AFTER_AMOUNT, '-')
    .replace(RANGE_AS_HE, '～')
    .replace(EYE_AS_SUN, '目')
    .replace(AI_AS_AL, 'AI')
    .replace(IOT_AS_LOT, 'IoT')
    .replace(HUNDRED_AS_WHITE, '百')
    .replace(MAN_AS_DIRECTION, '万')
    .replace(MILLION_AS_ONE, '百万')
    .replace(ICHI_AS_DASH, '一')
    .replace(SPECK_BEFORE_UNIT, '')
    .replace(COMMA_AS_PERIOD, ',')
    .replace(COMMA_WITH_PERIOD, ',')
    .replace(COMMA_AS_PERIOD_IN_COUNT, ',')
    .replace(GAP_BEFORE_BRACKET, '')
    .replace(COMMA_AS_BRACKET, ',')
    .replace(REIWA_MISREAD, '令')
    .replace(YEAR_MISREAD, '年')
    .replace(SUPPLEMENTARY_SPLIT, '')
    .replace(WA_AFTER_YEAR, '')
    .replace(MISREAD_WORD, (word) => MISREAD_WORDS.get(word)!)
    .replace(KASA_AS_TAKA, '嵩')
    .replace(AIDA_AS_TOI, '間')
    .replace(YOKO_AS_MO, '横')
    .replace(ARROW_BEFORE_FUNDING, ' →')
    .replace(ARROW_AFTER_FUNDING, '→ ')
    .replace(ARROW_LOST_BEFORE_FUNDING, ' →')
    .replace(ARROW_LOST_AFTER_FUNDING, '→ ')
    .replace(CIRCLED_SPECK, '')
    .replace(KATAKANA_TWIN, katakanaTwin)
    .replace(PATH_HYPHEN_LOST, '$1-$2 ');
}

/**
 * The misreads a line cannot settle alone, settled across the lines of one field read in order: an
 * amount's 万 read as 方 where its unit wrapped (「255百」 / 「方円」, 「261百方」 / 「円」).
 */
export function correctWrappedMisreads(lines: readonly string[]): string[] {
  return lines.join('\n').replace(MAN_AS_DIRECTION, '万').replace(KATAKANA_TWIN, katakanaTwin).split('\n');
}
