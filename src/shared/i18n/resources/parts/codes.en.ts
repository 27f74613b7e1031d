import type { Messages } from '../zh-cn'

export const codesEn = {
  district: {
    '371102': 'Donggang',
    '371103': 'Lanshan',
    '371121': 'Wulian',
    '371122': 'Juxian',
    'rz-etdz': 'Economic Development Zone',
    'rz-shanhaitian': 'Shanhaitian Resort',
    'rz-hitech': 'High-tech Zone',
  },
  channel: {
    hotline12345: '12345 hotline',
    platform12315: '12315 platform',
    directorMailbox: "Director's mailbox",
    callsLetters: 'Calls and letters',
  },
  kind: {
    complaint: 'Complaint',
    report: 'Report',
    consultation: 'Consultation',
  },
  category: {
    prepaidCards: 'Prepaid cards',
    cateringLodging: 'Catering and lodging',
    tourism: 'Tourism',
    onlineShopping: 'Online shopping',
    homeRenovation: 'Home renovation',
    cars: 'Cars',
    education: 'Education',
    beautyMedical: 'Cosmetic medicine',
    foodSafety: 'Food safety',
    falseAdvertising: 'False advertising',
    pricing: 'Pricing',
    productQuality: 'Product quality',
    afterSales: 'After-sales service',
    telecoms: 'Telecoms',
  },
} as const satisfies Messages['codes']
