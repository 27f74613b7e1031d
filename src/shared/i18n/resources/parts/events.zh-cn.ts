/** The event calendar's names (GET /events codes), on the trend charts. */
export const eventsZhCN = {
  code: {
    newYear: '元旦',
    springFestival: '春节',
    qingming: '清明节',
    labourDay: '劳动节',
    dragonBoat: '端午节',
    midAutumn: '中秋节',
    nationalDay: '国庆节',
    consumerRightsDay: '3·15',
    shopping618: '618',
    double11: '双11',
    double12: '双12',
    beachSeason: '海滨旅游旺季',
  },
  column: '事件',
  none: '无',
  unavailable: '事件日历暂不可用，图中未标注事件。',
} as const
