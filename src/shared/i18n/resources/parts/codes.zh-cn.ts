/** Names of the API's stable codes (districts, channels, kinds, categories), in Chinese. */
export const codesZhCN = {
  district: {
    '371102': '东港区',
    '371103': '岚山区',
    '371121': '五莲县',
    '371122': '莒县',
    'rz-etdz': '经济技术开发区',
    'rz-shanhaitian': '山海天旅游度假区',
    'rz-hitech': '高新区',
  },
  channel: {
    hotline12345: '12345热线',
    platform12315: '12315平台',
    directorMailbox: '局长信箱',
    callsLetters: '来电来函',
  },
  kind: {
    complaint: '投诉',
    report: '举报',
    consultation: '咨询',
  },
  category: {
    prepaidCards: '预付卡',
    cateringLodging: '餐饮住宿',
    tourism: '旅游',
    onlineShopping: '网购直播',
    homeRenovation: '家装',
    cars: '汽车',
    education: '教育培训',
    beautyMedical: '医美',
    foodSafety: '食品安全',
    falseAdvertising: '虚假宣传',
    pricing: '价格',
    productQuality: '产品质量',
    afterSales: '售后服务',
    telecoms: '通信',
  },
} as const
