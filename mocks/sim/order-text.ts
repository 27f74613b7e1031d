/**
 * Realistic Chinese free text for generated work orders: business names, summaries and the
 * complainant's name and mobile number, from templates per category.
 *
 * Texts are assembled from a few random picks (cheap: a year is ~51k orders), and keyed by the
 * category's stable code. A category without its own templates falls back to generic ones, so a
 * renamed code degrades the text, never the generator.
 */
import { HOSTILE_TEXTS } from './hostile-text'
import { createRandom } from './random'
import type { Contact, WorkOrder } from './work-order'

/** A uniform draw in [0, 1) from the order's seeded stream. */
export type Rand = () => number

interface CategoryText {
  /** Shop-name endings for the business. */
  readonly suffixes: readonly string[]
  /** Summaries; `{b}` = business name, `{a}` = amount in yuan, `{d}` = a number of days. */
  readonly summaries: readonly string[]
}

const CORES = [
  '海韵',
  '金沙',
  '蓝海',
  '万平口',
  '阳光',
  '渔家',
  '东夷',
  '御海',
  '银滩',
  '鑫源',
  '恒达',
  '华盛',
  '新天地',
  '百姓',
  '好运来',
  '日升',
  '港城',
  '凤凰',
  '绿洲',
  '海滨',
  '岚海',
  '五莲山',
  '浮来',
  '黄海',
  '龙门',
] as const

const PLACES = ['日照市', '日照市东港区', '岚山区', '五莲县', '莒县', '日照经济技术开发区', '山海天'] as const

const GENERIC: CategoryText = {
  suffixes: ['商贸有限公司', '经营部', '商行', '服务中心'],
  summaries: [
    '消费者反映在{b}消费{a}元，商家服务存在问题，协商未果，要求处理。',
    '消费者称与{b}发生消费纠纷，涉及金额{a}元，要求商家退款。',
  ],
}

const TEXTS: Readonly<Record<string, CategoryText>> = {
  prepaidCards: {
    suffixes: ['健身会所', '美发店', '洗车行', '游泳馆', '儿童乐园'],
    summaries: [
      '消费者反映在{b}办理预付卡充值{a}元，商家突然停业，剩余金额无法退还，要求退款。',
      '消费者称{b}办卡时承诺可随时退卡，现要求退还余额{a}元被拒。',
      '消费者反映{b}更换经营者后不再认可原预付卡，卡内余额{a}元。',
    ],
  },
  cateringLodging: {
    suffixes: ['海鲜酒楼', '大酒店', '民宿', '渔家乐', '烧烤店', '宾馆'],
    summaries: [
      '消费者反映在{b}就餐，海鲜称重缺斤短两，多收费用{a}元，要求退还。',
      '消费者称通过平台预订{b}客房，到店后被告知无房，已付房费{a}元，要求退款并赔偿。',
      '消费者反映{b}房间卫生差、与宣传图片不符，要求退还房费{a}元。',
      '消费者称在{b}就餐后出现腹泻症状，要求商家承担医疗费用{a}元。',
    ],
  },
  tourism: {
    suffixes: ['旅行社', '旅游开发有限公司', '景区', '游船码头', '海上游乐项目'],
    summaries: [
      '消费者反映参加{b}组织的一日游，行程中被安排购物，要求退还团费{a}元。',
      '消费者称在{b}购买的门票因天气原因未能使用，要求退票{a}元被拒。',
      '消费者反映{b}出海项目临时取消，已付费用{a}元至今未退。',
    ],
  },
  onlineShopping: {
    suffixes: ['电子商务有限公司', '网店', '直播间', '严选店'],
    summaries: [
      '消费者反映在{b}直播间购买商品，收到货物与宣传不符，申请退货退款{a}元被拒。',
      '消费者称在{b}网购商品已{d}天未发货，要求退款{a}元。',
      '消费者反映{b}以七天无理由退货不适用为由拒绝退货，商品价格{a}元。',
    ],
  },
  homeRenovation: {
    suffixes: ['装饰工程有限公司', '家居建材城', '装饰设计工作室'],
    summaries: [
      '消费者反映{b}装修工期拖延{d}天，已付工程款{a}元，要求按合同赔偿。',
      '消费者称{b}所用瓷砖与样品不符，要求返工或退还差价{a}元。',
    ],
  },
  cars: {
    suffixes: ['汽车销售服务有限公司', '新能源汽车体验中心', '汽车维修厂'],
    summaries: [
      '消费者反映在{b}购买的新能源汽车续航与宣传不符，要求赔偿{a}元。',
      '消费者称{b}收取所谓"金融服务费"{a}元，要求退还。',
      '消费者反映车辆在{b}维修后故障依旧，维修费{a}元，要求退款。',
    ],
  },
  education: {
    suffixes: ['教育培训学校', '艺术培训中心', '职业技能培训有限公司'],
    summaries: [
      '消费者反映为孩子在{b}报名课程缴费{a}元，机构停课后拒绝退费。',
      '消费者称{b}承诺"包过"，考试未通过后拒不退还培训费{a}元。',
    ],
  },
  beautyMedical: {
    suffixes: ['美容养生馆', '医疗美容诊所', '皮肤管理中心'],
    summaries: [
      '消费者反映在{b}做美容项目后出现过敏，要求退还费用{a}元并赔偿。',
      '消费者称{b}诱导办理高额美容套餐{a}元，要求退款。',
    ],
  },
  foodSafety: {
    suffixes: ['超市', '食品店', '便利店', '农贸市场摊位'],
    summaries: [
      '消费者反映在{b}购买的食品已过保质期，要求处理，购物金额{a}元。',
      '举报人反映{b}销售无标签散装食品，存在食品安全隐患。',
      '消费者称在{b}购买的熟食有异物，要求赔偿{a}元。',
    ],
  },
  falseAdvertising: {
    suffixes: ['保健品店', '商贸有限公司', '直播工作室'],
    summaries: [
      '举报人反映{b}宣传普通食品具有治疗疾病功效，涉嫌虚假宣传。',
      '消费者反映{b}宣传"全网最低价"与实际不符，多付{a}元。',
    ],
  },
  pricing: {
    suffixes: ['超市', '停车场', '加油站', '海鲜市场摊位'],
    summaries: [
      '举报人反映{b}商品未明码标价，结算时价格高于标价。',
      '消费者反映{b}收费与公示价格不一致，多收{a}元。',
    ],
  },
  productQuality: {
    suffixes: ['家电商场', '电器专卖店', '家具城', '服装店'],
    summaries: [
      '消费者反映在{b}购买的家电使用{d}天即出现故障，要求退换，价格{a}元。',
      '消费者称{b}出售的商品存在质量问题，要求退货退款{a}元。',
    ],
  },
  afterSales: {
    suffixes: ['售后服务中心', '维修服务部', '电器服务站'],
    summaries: [
      '消费者反映{b}保修期内拒绝免费维修，要求收取维修费{a}元。',
      '消费者称{b}承诺上门安装已拖延{d}天，要求尽快处理。',
    ],
  },
  telecoms: {
    suffixes: ['营业厅', '通信器材店', '宽带服务站'],
    summaries: [
      '消费者反映{b}未经同意为其办理增值业务，累计扣费{a}元，要求退还。',
      '消费者称在{b}办理宽带后无法正常使用，要求退还费用{a}元。',
    ],
  },
}

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段'
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂丽华建国志红玲文斌鹏辉凯琳晨浩宇欣怡子涵梓萱一诺'
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '157',
  '158',
  '159',
  '176',
  '177',
  '180',
  '181',
  '186',
  '187',
  '188',
  '189',
  '199',
] as const

function pick<T>(items: readonly T[], rand: Rand): T {
  return items[Math.floor(rand() * items.length)] as T
}

export function businessName(category: string, rand: Rand): string {
  const text = TEXTS[category] ?? GENERIC
  return pick(PLACES, rand) + pick(CORES, rand) + pick(text.suffixes, rand)
}

export function summaryText(category: string, business: string, amountYuan: number, rand: Rand): string {
  const text = TEXTS[category] ?? GENERIC
  return pick(text.summaries, rand)
    .replace('{b}', business)
    .replace('{a}', String(amountYuan))
    .replace('{d}', String(3 + Math.floor(rand() * 40)))
}

export function personName(rand: Rand): string {
  const surname = SURNAMES.charAt(Math.floor(rand() * SURNAMES.length))
  const length = rand() < 0.3 ? 1 : 2
  let given = ''
  for (let i = 0; i < length; i++) given += GIVEN.charAt(Math.floor(rand() * GIVEN.length))
  return surname + given
}

export function mobileNumber(rand: Rand): string {
  const rest = Math.floor(rand() * 100_000_000)
  return pick(MOBILE_PREFIXES, rand) + String(rest).padStart(8, '0')
}

export interface OrderText {
  readonly contact: Contact
  readonly businessName: string
  readonly summary: string
}

const textMemo = new WeakMap<object, OrderText>()

/**
 * The free text of an order, derived from its `textSeed` (a stream of its own, so the text never
 * shifts the order's other draws) and memoized per order object. Generating text only when an
 * order is shown or searched keeps a year's generation to the numbers the aggregates need.
 */
export function orderText(
  order: Pick<WorkOrder, 'textSeed' | 'hostileText' | 'category' | 'disputedFen'>,
): OrderText {
  const hit = textMemo.get(order)
  if (hit) return hit
  const seed = order.textSeed >>> 0
  const rand = createRandom(seed, 'text')
  let contact = { name: personName(rand), phone: mobileNumber(rand) }
  let business = businessName(order.category, rand)
  // Consultations have no amount in dispute; their text still names a plausible price.
  const amountYuan = order.disputedFen > 0 ? order.disputedFen / 100 : 50 + (seed % 2000)
  let summary = summaryText(order.category, business, amountYuan, rand)
  if (order.hostileText > 0) {
    summary = rand.pick(HOSTILE_TEXTS)
    if (order.hostileText === 2) {
      business = rand.pick(HOSTILE_TEXTS)
      // The contact's name is typed in by a call-taker: as free as the rest (the phone stays a
      // number, which the masking rules are about).
      contact = { ...contact, name: rand.pick(HOSTILE_TEXTS) }
    }
  }
  const text = { contact, businessName: business, summary }
  textMemo.set(order, text)
  return text
}
