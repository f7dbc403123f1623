import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOfficeText } from '../../pipeline/normalise/offices.ts';

const SAMPLES = join(import.meta.dirname, '../../samples');
const SOUMU = { ministry: '総務省' };

describe('parseOfficeText: forms from the seeds', () => {
  it('reads name, phone and e-mail on one line (seed 000)', () => {
    expect(parseOfficeText('総務省事業政策課ブロードバンド整備推進室 03-5253-5866 koudo@soumu.go.jp')).toEqual([{
      name: '総務省事業政策課ブロードバンド整備推進室', name_raw: '総務省事業政策課ブロードバンド整備推進室', ministry: '総務省',
      bureau: null, division: '事業政策課ブロードバンド整備推進室', phones: ['03-5253-5866'], emails: ['koudo@soumu.go.jp'], flags: [],
    }]);
  });

  it('gives a bureau alone on the first line to each office listed under it, with the phones of a column beside them (経産省 PR page 28)', () => {
    const printed = '製造産業局\n（1）金属課 金属技術室\n（2）宇宙産業室\n産業機械課\n製造総務課\n03-3501-1794\n03-3501-0973\n03-3501-1691\n03-3501-1689';
    expect(parseOfficeText(printed).map((o) => [o.name, o.phones])).toEqual([
      ['製造産業局金属課金属技術室', ['03-3501-1794']],
      ['製造産業局宇宙産業室', ['03-3501-0973']],
      ['製造産業局産業機械課', ['03-3501-1691']],
      ['製造産業局製造総務課', ['03-3501-1689']],
    ]);
  });

  it('reads a list of divisions broken after a comma under their group, the phone to the office named after it (経産省 PR page 38)', () => {
    const printed = '産業保安グループ\n保安課、高圧ガス保安室、ガス安全室、\n電力安全課\n03-3501-8628（保安課）';
    expect(parseOfficeText(printed).map((o) => [o.name, o.phones])).toEqual([
      ['産業保安グループ保安課', ['03-3501-8628']],
      ['産業保安グループ高圧ガス保安室', []],
      ['産業保安グループガス安全室', []],
      ['産業保安グループ電力安全課', []],
    ]);
    // A ministry tag over offices that name their own bureau heads none of them.
    expect(parseOfficeText('総務省\n情報流通行政局地域通信振興課 03-5253-5111\n自治行政局地域政策課').map((o) => o.name)).toEqual(['総務省情報流通行政局地域通信振興課', '自治行政局地域政策課']);
  });

  it('reads a phone typed with half-width prolonged sound marks for hyphens (「03ｰ3501ｰ1662」)', () => {
    expect(parseOfficeText('（２）貿易経済協力局 投資促進課 03ｰ3501ｰ1662').map((o) => [o.name, o.phones])).toEqual([['貿易経済協力局投資促進課', ['03-3501-1662']]]);
  });

  it("drops a template's blanks (○○局, ○○課, 03-3501-○○○○) and the offices that are nothing else (経産省 PR page 14)", () => {
    const printed = '（１）○○局中小企業庁○○課 総務課\n03-3501-○○○○03-3501-8433\n（２）○○局 ○○課\n03-3501-○○○○\n（３）○○局 ○○課\n03-3501-○○○○';
    expect(parseOfficeText(printed).map((o) => [o.name, o.phones])).toEqual([['中小企業庁総務課', ['03-3501-8433']]]);
  });

  it('reads an OCR\'d office line: the page\'s ministry tag above it and an underscore read into the gap are not part of the name', () => {
    const offices = parseOfficeText('総務省\n総務省移動通信課_03-5253-5894 subsidy.section@ml.soumu.go.jp', SOUMU);
    expect(offices.map((o) => [o.name, o.division, o.phones, o.emails])).toEqual([['総務省移動通信課', '移動通信課', ['03-5253-5894'], ['subsidy.section@ml.soumu.go.jp']]]);
    expect(parseOfficeText('総務省移動通信課新世代移動通信システム推進室03-5253-5896_nm_concept@ml.soumu.go.jp', SOUMU).map((o) => [o.phones, o.emails])).toEqual([
      [['03-5253-5896'], ['nm_concept@ml.soumu.go.jp']],
    ]);
    expect(parseOfficeText('総務省移動通信課新世代移動通信システム推進室03-5253-5896 _nm_concept@ml.soumu.go.jp', SOUMU).map((o) => o.emails)).toEqual([['nm_concept@ml.soumu.go.jp']]);
    // A name wrapped over lines still reads as one.
    expect(parseOfficeText('総務省\n自治行政局\n地域政策課 03-5253-5523', SOUMU).map((o) => o.name)).toEqual(['総務省自治行政局地域政策課']);
  });

  it('joins an e-mail wrapped after a hyphen of its local part, as a narrow cell breaks it', () => {
    const offices = parseOfficeText('総合通信基盤局事業政策課\nTEL 03-5253-5835 E-mail hinanjo-\nwifi@soumu.go.jp', SOUMU);
    expect(offices.map((o) => [o.name, o.phones, o.emails])).toEqual([['総合通信基盤局事業政策課', ['03-5253-5835'], ['hinanjo-wifi@soumu.go.jp']]]);
    // A line that ends in a hyphen with no address after it is left as it is.
    expect(parseOfficeText('総務省地域政策課 03-5253-5523\n総務省移動通信課 03-5253-5896', SOUMU).map((o) => o.name)).toEqual(['総務省地域政策課', '総務省移動通信課']);
  });

  it('joins a phone number wrapped after a hyphen, as a narrow column breaks it', () => {
    const offices = parseOfficeText('サイバーセキュリティ統括官室（TEL 03-5253-\n5749 E-mail cyber-soudan@soumu.go.jp）', SOUMU);
    expect(offices.map((o) => [o.name, o.phones, o.emails])).toEqual([['サイバーセキュリティ統括官室', ['03-5253-5749'], ['cyber-soudan@soumu.go.jp']]]);
    // After its area code too.
    expect(parseOfficeText('資源エネルギー庁省エネルギー課 TEL 03-\n3501-9726').map((o) => [o.name, o.phones])).toEqual([['資源エネルギー庁省エネルギー課', ['03-3501-9726']]]);
    // So is the E-mail label: no office named 「E- mail」.
    const wrappedLabel = parseOfficeText('自治行政局住民制度課（TEL 03-5253-5517 E-\nmail hyojunka@soumu.go.jp）', SOUMU);
    expect(wrappedLabel.map((o) => [o.name, o.phones, o.emails])).toEqual([['自治行政局住民制度課', ['03-5253-5517'], ['hyojunka@soumu.go.jp']]]);
  });

  it('gives an e-mail printed after two offices to both', () => {
    const offices = parseOfficeText('総務省地域通信振興課 03-5253-5758 総務省移動通信課 03-5253-5896 local5g-trial@ml.soumu.go.jp');
    expect(offices.map((o) => [o.name, o.phones, o.emails])).toEqual([
      ['総務省地域通信振興課', ['03-5253-5758'], ['local5g-trial@ml.soumu.go.jp']],
      ['総務省移動通信課', ['03-5253-5896'], ['local5g-trial@ml.soumu.go.jp']],
    ]);
  });

  it('splits offices listed with 、 and takes the ministry from the context (seed 004)', () => {
    const offices = parseOfficeText('自治行政局地域情報化企画室、情報流通行政局地域通信振興課', SOUMU);
    expect(offices.map((o) => [o.name, o.ministry, o.bureau, o.division])).toEqual([
      ['自治行政局地域情報化企画室', '総務省', '自治行政局', '地域情報化企画室'],
      ['情報流通行政局地域通信振興課', '総務省', '情報流通行政局', '地域通信振興課'],
    ]);
  });

  it('drops the brackets around a name', () => {
    expect(parseOfficeText('(総務省自治税務局市町村税課)')[0]).toMatchObject({ name: '総務省自治税務局市町村税課', ministry: '総務省', bureau: '自治税務局', division: '市町村税課' });
  });

  it('joins a name and its contacts printed on separate lines, and a name wrapped over two lines', () => {
    expect(parseOfficeText('総務省データ通信課\n03-5253-5853　internet_traffic@ml.soumu.go.jp')).toEqual([
      expect.objectContaining({ name: '総務省データ通信課', phones: ['03-5253-5853'], emails: ['internet_traffic@ml.soumu.go.jp'] }),
    ]);
    const wrapped = parseOfficeText('情報流通行政局 情報通信作品振興課\n放送コンテンツ海外流通推進室', SOUMU);
    expect(wrapped).toHaveLength(1);
    expect(wrapped[0]).toMatchObject({ name: '情報流通行政局情報通信作品振興課放送コンテンツ海外流通推進室', bureau: '情報流通行政局', division: '情報通信作品振興課放送コンテンツ海外流通推進室' });
    expect(parseOfficeText('自治行政局地域情報化企画室\n情報流通行政局地域通信振興課', SOUMU)).toHaveLength(2);
  });

  it('keeps 局 and its 部 together as the bureau', () => {
    expect(parseOfficeText('総合通信基盤局電波部移動通信課新世代移動通信システム推進室', SOUMU)[0]).toMatchObject({
      ministry: '総務省', bureau: '総合通信基盤局電波部', division: '移動通信課新世代移動通信システム推進室',
    });
    expect(parseOfficeText('内閣府地方創生推進事務局')[0]).toMatchObject({ ministry: '内閣府', bureau: '地方創生推進事務局', division: null });
    expect(parseOfficeText('内閣官房デジタル田園都市国家構想実現会議事務局')[0]).toMatchObject({ ministry: '内閣官房' });
    expect(parseOfficeText('統計研究研修所', SOUMU)[0]).toMatchObject({ bureau: null, division: '統計研究研修所' });
  });

  it('normalises full-width digits and hyphens and drops TEL / 電話 labels; skips FAX', () => {
    const [office] = parseOfficeText('総務省地域自立応援課　TEL：０３－５２５３－５３９２　FAX 03-5253-5000　E-mail: Chiiki@Soumu.go.jp');
    expect(office).toMatchObject({ phones: ['03-5253-5392'], emails: ['Chiiki@soumu.go.jp'], flags: [] });
    expect(parseOfficeText('総務省地域自立応援課 電話 03-5253-5392')[0]?.phones).toEqual(['03-5253-5392']);
  });

  it('normalises Kangxi radicals and line-wrap spaces in the name, keeps name_raw as printed', () => {
    expect(parseOfficeText('総務省 ⾃治⾏政局 地域政策課')[0]).toMatchObject({ name: '総務省自治行政局地域政策課', name_raw: '総務省 ⾃治⾏政局 地域政策課' });
  });

  it('flags contacts that fail their pattern, raw, never repaired', () => {
    const [office] = parseOfficeText('総務省事業政策課ブロードバンド整備推進室 03-5253-58 koudo@soumu,go.jp');
    expect(office?.phones).toEqual([]);
    expect(office?.emails).toEqual([]);
    expect(office?.flags).toEqual([{ type: 'invalid-phone', raw: '03-5253-58' }, { type: 'invalid-email', raw: 'koudo@soumu,go.jp' }]);
    expect(parseOfficeText('総務省X課 0352535866')[0]?.flags).toEqual([{ type: 'invalid-phone', raw: '0352535866' }]);
  });
});

interface TruthOffice { name: string; ministry: string | null; phones: string[]; emails: string[] }
const truthFiles = readdirSync(SAMPLES).filter((f) => f.endsWith('.truth.json')).sort();

describe('parseOfficeText against the sample truth', () => {
  for (const file of truthFiles) {
    it(`reads every office of ${file} from its printed form`, () => {
      const { policies } = JSON.parse(readFileSync(join(SAMPLES, file), 'utf8')) as { policies: { offices: TruthOffice[] }[] };
      let count = 0;
      for (const policy of policies) {
        for (const want of policy.offices) {
          const printed = [want.name, ...want.phones, ...want.emails].join(' ');
          const got = parseOfficeText(printed, { ministry: '総務省' });
          expect(got.map((o) => ({ name: o.name, ministry: o.ministry, phones: o.phones, emails: o.emails }))).toEqual([want]);
          count++;
        }
      }
      console.info(`${file}: ${count} offices agree`);
    });
  }

  it('reads the two-offices-on-one-line policy of soumu-shisaku-fy2021 as printed', () => {
    const { policies } = JSON.parse(readFileSync(join(SAMPLES, 'soumu-shisaku-fy2021.truth.json'), 'utf8')) as { policies: { offices: TruthOffice[] }[] };
    const two = policies.find((p) => p.offices.length === 2)!;
    const got = parseOfficeText('総務省地域通信振興課　03-5253-5758　総務省移動通信課　03-5253-5896　local5g-trial@ml.soumu.go.jp');
    expect(got.map((o) => ({ name: o.name, ministry: o.ministry, phones: o.phones, emails: o.emails }))).toEqual(two.offices);
  });

  it('reads the office lines as printed in the FY2021 sample (samples/make/data)', () => {
    const data = JSON.parse(readFileSync(join(SAMPLES, 'make/data/soumu-shisaku-fy2021.json'), 'utf8')) as {
      policies: { officeLines: string[]; offices: Omit<TruthOffice, 'ministry'>[] }[];
    };
    for (const p of data.policies) {
      const got = parseOfficeText(p.officeLines.join('\n'));
      expect(got.map((o) => ({ name: o.name, phones: o.phones, emails: o.emails }))).toEqual(p.offices);
    }
  });
});

describe('parseOfficeText: offices listed apart from their phones (事業PR資料)', () => {
  it('gives each office line its phone, in order, when the phones are printed in a column after the names', () => {
    const text = '中小企業庁 技術・経営革新課\n中小企業庁 小規模企業振興課\n商務・サービスG サービス政策課\n03-3501-1816\n03-3501-2036\n03-3580-3922';
    expect(parseOfficeText(text).map((o) => [o.name, o.phones])).toEqual([
      ['中小企業庁技術・経営革新課', ['03-3501-1816']],
      ['中小企業庁小規模企業振興課', ['03-3501-2036']],
      ['商務・サービスGサービス政策課', ['03-3580-3922']],
    ]);
  });

  it('keeps a wrapped name whole when its lines and phones do not pair up, and drops a list number in full-width digits', () => {
    expect(parseOfficeText('総務省自治行政局\n地域政策課\n03-5253-5111').map((o) => [o.name, o.phones])).toEqual([['総務省自治行政局地域政策課', ['03-5253-5111']]]);
    expect(parseOfficeText('１．商務・サービスG 生物化学産業課 03-3501-8625').map((o) => o.name)).toEqual(['商務・サービスG生物化学産業課']);
  });

  it('reads a phone that ends its line without the figure on the next line', () => {
    expect(parseOfficeText('自治行政局地域情報化企画室（03-5253-5521）\n12.3億円')[0]).toMatchObject({ name: '自治行政局地域情報化企画室', phones: ['03-5253-5521'], flags: [] });
  });

  it('drops a list number in brackets or a circled one before each office of a list', () => {
    expect(parseOfficeText('（１）通商政策局 総務課 03-3501-1654\n(2)貿易経済協力局 投資促進課 03-3501-1662\n③貿易経済協力局 貿易振興課 03-3501-6759').map((o) => [o.name, o.bureau, o.phones])).toEqual([
      ['通商政策局総務課', '通商政策局', ['03-3501-1654']],
      ['貿易経済協力局投資促進課', '貿易経済協力局', ['03-3501-1662']],
      ['貿易経済協力局貿易振興課', '貿易経済協力局', ['03-3501-6759']],
    ]);
  });
});
