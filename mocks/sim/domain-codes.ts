/**
 * The stable codes of the model city (Rizhao, Shandong, 371100) and their display names.
 *
 * The API speaks codes only; the UI translates them with its own i18n resources. The names here
 * serve the simulator itself (generated free text, the mock server's logs) and tests. Every code
 * list is a readonly tuple, so `z.enum(CHANNEL_CODES)` and the OpenAPI enums can be built from the
 * same source. Codes are part of the contract: never rename one, only add.
 *
 * Districts and zones: the three functional zones are administered by branches of the city
 * bureau and reported as areas of their own in Rizhao's statistics, so the `district` dimension
 * has seven disjoint areas: the four county-level divisions (by their administrative division
 * codes) and the three zones (by `rz-` codes, as they have no division code of their own). An
 * order in a zone counts for the zone, never also for the district around it.
 */
import type { StageCode } from './work-order'

export interface DisplayName {
  readonly zh: string
  readonly en: string
}

// --- Areas (the `district` dimension) ---------------------------------------------------------

export const ADMINISTRATIVE_DISTRICT_CODES = ['371102', '371103', '371121', '371122'] as const
export const ZONE_CODES = ['rz-etdz', 'rz-shanhaitian', 'rz-hitech'] as const
export const DISTRICT_CODES = [...ADMINISTRATIVE_DISTRICT_CODES, ...ZONE_CODES] as const
export type AdministrativeDistrictCode = (typeof ADMINISTRATIVE_DISTRICT_CODES)[number]
export type ZoneCode = (typeof ZONE_CODES)[number]
export type DistrictCode = (typeof DISTRICT_CODES)[number]

export interface DistrictInfo extends DisplayName {
  readonly code: DistrictCode
  readonly type: 'district' | 'county' | 'zone'
  /** For a zone: the district it lies in geographically (for maps only, never for counting). */
  readonly locatedIn?: AdministrativeDistrictCode
}

export const DISTRICTS: Readonly<Record<DistrictCode, DistrictInfo>> = {
  '371102': { code: '371102', type: 'district', zh: '东港区', en: 'Donggang District' },
  '371103': { code: '371103', type: 'district', zh: '岚山区', en: 'Lanshan District' },
  '371121': { code: '371121', type: 'county', zh: '五莲县', en: 'Wulian County' },
  '371122': { code: '371122', type: 'county', zh: '莒县', en: 'Ju County' },
  'rz-etdz': {
    code: 'rz-etdz',
    type: 'zone',
    zh: '日照经济技术开发区',
    en: 'Rizhao Economic and Technological Development Zone',
    locatedIn: '371102',
  },
  'rz-shanhaitian': {
    code: 'rz-shanhaitian',
    type: 'zone',
    zh: '山海天旅游度假区',
    en: 'Shanhaitian Tourist Resort',
    locatedIn: '371102',
  },
  'rz-hitech': {
    code: 'rz-hitech',
    type: 'zone',
    zh: '日照高新区',
    en: 'Rizhao High-tech Zone',
    locatedIn: '371102',
  },
}

// --- Channels, kinds ------------------------------------------------------------------------

export const CHANNEL_CODES = ['hotline12345', 'platform12315', 'directorMailbox', 'callsLetters'] as const
export type ChannelCode = (typeof CHANNEL_CODES)[number]

export const CHANNELS: Readonly<Record<ChannelCode, DisplayName>> = {
  hotline12345: { zh: '12345政务服务便民热线', en: '12345 government service hotline' },
  platform12315: { zh: '全国12315平台', en: '12315 national platform' },
  directorMailbox: { zh: '局长信箱', en: "Director's mailbox" },
  callsLetters: { zh: '来电来函', en: 'Calls and letters' },
}

export const KIND_CODES = ['complaint', 'report', 'consultation'] as const
export type KindCode = (typeof KIND_CODES)[number]

/** The closed loop's stages, in the order they happen (see `STAGES_BY_KIND` in work-order.ts). */
export const STAGE_CODES = [
  'received',
  'dispatched',
  'signed',
  'accepted',
  'verified',
  'answered',
  'mediated',
  'closed',
  'replied',
  'followUp',
] as const satisfies readonly StageCode[]

export const KINDS: Readonly<Record<KindCode, DisplayName>> = {
  complaint: { zh: '投诉', en: 'Complaint' },
  report: { zh: '举报', en: 'Report' },
  consultation: { zh: '咨询', en: 'Consultation' },
}

// --- Categories (the 14 of the domain brief) --------------------------------------------------

// camelCase like the channel codes, so every enum of the API has one style.
export const CATEGORY_CODES = [
  'prepaidCards',
  'cateringLodging',
  'tourism',
  'onlineShopping',
  'homeRenovation',
  'cars',
  'education',
  'beautyMedical',
  'foodSafety',
  'falseAdvertising',
  'pricing',
  'productQuality',
  'afterSales',
  'telecoms',
] as const
export type CategoryCode = (typeof CATEGORY_CODES)[number]

export const CATEGORIES: Readonly<Record<CategoryCode, DisplayName>> = {
  prepaidCards: { zh: '预付式消费', en: 'Prepaid cards' },
  cateringLodging: { zh: '餐饮住宿', en: 'Catering and lodging' },
  tourism: { zh: '旅游服务', en: 'Tourism' },
  onlineShopping: { zh: '网络购物及直播带货', en: 'Online shopping and livestream sales' },
  homeRenovation: { zh: '家装服务', en: 'Home renovation' },
  cars: { zh: '汽车（含新能源汽车）', en: 'Cars (incl. electric)' },
  education: { zh: '教育培训', en: 'Education and training' },
  beautyMedical: { zh: '美容医美', en: 'Beauty and cosmetic medicine' },
  foodSafety: { zh: '食品安全', en: 'Food safety' },
  falseAdvertising: { zh: '虚假宣传', en: 'False advertising' },
  pricing: { zh: '价格收费', en: 'Pricing' },
  productQuality: { zh: '产品质量', en: 'Product quality' },
  afterSales: { zh: '售后服务', en: 'After-sales service' },
  telecoms: { zh: '电信服务', en: 'Telecoms' },
}

// --- Report subjects (what a 举报 is about) ---------------------------------------------------

export const REPORT_SUBJECT_CODES = [
  'advertising',
  'consumerRights',
  'foodSafety',
  'unfairCompetition',
] as const
export type ReportSubjectCode = (typeof REPORT_SUBJECT_CODES)[number]

export const REPORT_SUBJECTS: Readonly<Record<ReportSubjectCode, DisplayName>> = {
  advertising: { zh: '广告违法', en: 'Advertising violations' },
  consumerRights: { zh: '侵害消费者权益', en: 'Consumer-rights infringements' },
  foodSafety: { zh: '食品安全', en: 'Food safety' },
  unfairCompetition: { zh: '不正当竞争', en: 'Unfair competition' },
}

// --- Handling units ---------------------------------------------------------------------------

/**
 * The units work orders are dispatched to: each area's market-regulation bureau (zones: the city
 * bureau's branch) and the market-supervision offices (市场监管所) under it. Codes are
 * `<area prefix>-<place>`; the bureau of an area is `<prefix>-bureau`.
 */
export const UNIT_CODES = [
  'dg-bureau',
  'dg-rizhao',
  'dg-shijiu',
  'dg-qinlou',
  'dg-heshan',
  'ls-bureau',
  'ls-andongwei',
  'ls-lanshantou',
  'ls-hushan',
  'wl-bureau',
  'wl-hongning',
  'wl-jietou',
  'wl-chaohe',
  'jx-bureau',
  'jx-chengyang',
  'jx-dianziji',
  'jx-lingyang',
  'etdz-bureau',
  'etdz-kuishan',
  'sht-bureau',
  'sht-liangcheng',
  'hitech-bureau',
] as const
export type UnitCode = (typeof UNIT_CODES)[number]

export interface UnitInfo extends DisplayName {
  readonly code: UnitCode
  readonly district: DistrictCode
  readonly type: 'bureau' | 'office'
}

function unit(
  code: UnitCode,
  district: DistrictCode,
  type: UnitInfo['type'],
  zh: string,
  en: string,
): UnitInfo {
  return { code, district, type, zh, en }
}

export const UNITS: Readonly<Record<UnitCode, UnitInfo>> = {
  'dg-bureau': unit(
    'dg-bureau',
    '371102',
    'bureau',
    '东港区市场监督管理局',
    'Donggang Market Regulation Bureau',
  ),
  'dg-rizhao': unit('dg-rizhao', '371102', 'office', '日照街道市场监管所', 'Rizhao Subdistrict Office'),
  'dg-shijiu': unit('dg-shijiu', '371102', 'office', '石臼市场监管所', 'Shijiu Office'),
  'dg-qinlou': unit('dg-qinlou', '371102', 'office', '秦楼市场监管所', 'Qinlou Office'),
  'dg-heshan': unit('dg-heshan', '371102', 'office', '河山市场监管所', 'Heshan Office'),
  'ls-bureau': unit(
    'ls-bureau',
    '371103',
    'bureau',
    '岚山区市场监督管理局',
    'Lanshan Market Regulation Bureau',
  ),
  'ls-andongwei': unit('ls-andongwei', '371103', 'office', '安东卫市场监管所', 'Andongwei Office'),
  'ls-lanshantou': unit('ls-lanshantou', '371103', 'office', '岚山头市场监管所', 'Lanshantou Office'),
  'ls-hushan': unit('ls-hushan', '371103', 'office', '虎山市场监管所', 'Hushan Office'),
  'wl-bureau': unit(
    'wl-bureau',
    '371121',
    'bureau',
    '五莲县市场监督管理局',
    'Wulian Market Regulation Bureau',
  ),
  'wl-hongning': unit('wl-hongning', '371121', 'office', '洪凝市场监管所', 'Hongning Office'),
  'wl-jietou': unit('wl-jietou', '371121', 'office', '街头市场监管所', 'Jietou Office'),
  'wl-chaohe': unit('wl-chaohe', '371121', 'office', '潮河市场监管所', 'Chaohe Office'),
  'jx-bureau': unit(
    'jx-bureau',
    '371122',
    'bureau',
    '莒县市场监督管理局',
    'Ju County Market Regulation Bureau',
  ),
  'jx-chengyang': unit('jx-chengyang', '371122', 'office', '城阳市场监管所', 'Chengyang Office'),
  'jx-dianziji': unit('jx-dianziji', '371122', 'office', '店子集市场监管所', 'Dianziji Office'),
  'jx-lingyang': unit('jx-lingyang', '371122', 'office', '陵阳市场监管所', 'Lingyang Office'),
  'etdz-bureau': unit(
    'etdz-bureau',
    'rz-etdz',
    'bureau',
    '日照市市场监督管理局经济技术开发区分局',
    'Development Zone Branch, Rizhao Market Regulation Bureau',
  ),
  'etdz-kuishan': unit('etdz-kuishan', 'rz-etdz', 'office', '奎山市场监管所', 'Kuishan Office'),
  'sht-bureau': unit(
    'sht-bureau',
    'rz-shanhaitian',
    'bureau',
    '日照市市场监督管理局山海天旅游度假区分局',
    'Shanhaitian Branch, Rizhao Market Regulation Bureau',
  ),
  'sht-liangcheng': unit('sht-liangcheng', 'rz-shanhaitian', 'office', '两城市场监管所', 'Liangcheng Office'),
  'hitech-bureau': unit(
    'hitech-bureau',
    'rz-hitech',
    'bureau',
    '日照市市场监督管理局高新技术产业开发区分局',
    'High-tech Zone Branch, Rizhao Market Regulation Bureau',
  ),
}

/** City-level organisations: they supervise and receive, but are not dispatch targets. */
export const CITY_ORGANIZATION_CODES = ['rz-city-bureau', 'rz-consumer-association'] as const
export type CityOrganizationCode = (typeof CITY_ORGANIZATION_CODES)[number]

export const CITY_ORGANIZATIONS: Readonly<Record<CityOrganizationCode, DisplayName>> = {
  'rz-city-bureau': { zh: '日照市市场监督管理局', en: 'Rizhao Market Regulation Bureau' },
  'rz-consumer-association': { zh: '日照市消费者协会', en: 'Rizhao Consumer Association' },
}

/** The model city's administrative division code. */
export const CITY_CODE = '371100'

const unitsByDistrict = new Map<DistrictCode, readonly UnitCode[]>(
  DISTRICT_CODES.map((district) => [
    district,
    UNIT_CODES.filter((code) => UNITS[code].district === district),
  ]),
)

/** The handling units of an area, its bureau first. */
export function unitsOfDistrict(district: DistrictCode): readonly UnitCode[] {
  return unitsByDistrict.get(district) ?? []
}

/** The bureau (or zone branch) of an area: where a wrongly routed item goes back to. */
export function bureauOfDistrict(district: DistrictCode): UnitCode {
  const bureau = unitsOfDistrict(district).find((code) => UNITS[code].type === 'bureau')
  if (bureau === undefined) throw new Error(`No bureau for district ${district}`)
  return bureau
}

function isOneOf<T extends string>(codes: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (codes as readonly string[]).includes(value)
}

export const isDistrictCode = (value: unknown): value is DistrictCode => isOneOf(DISTRICT_CODES, value)
export const isChannelCode = (value: unknown): value is ChannelCode => isOneOf(CHANNEL_CODES, value)
export const isKindCode = (value: unknown): value is KindCode => isOneOf(KIND_CODES, value)
export const isCategoryCode = (value: unknown): value is CategoryCode => isOneOf(CATEGORY_CODES, value)
export const isUnitCode = (value: unknown): value is UnitCode => isOneOf(UNIT_CODES, value)
export const isReportSubjectCode = (value: unknown): value is ReportSubjectCode =>
  isOneOf(REPORT_SUBJECT_CODES, value)
