import type { Messages } from '../zh-cn'

export const eventsEn = {
  code: {
    newYear: 'New Year',
    springFestival: 'Spring Festival',
    qingming: 'Qingming',
    labourDay: 'Labour Day',
    dragonBoat: 'Dragon Boat',
    midAutumn: 'Mid-Autumn',
    nationalDay: 'National Day',
    consumerRightsDay: '3·15',
    shopping618: '618',
    double11: 'Double 11',
    double12: 'Double 12',
    beachSeason: 'Beach season',
  },
  column: 'Events',
  none: 'None',
  unavailable: 'The event calendar could not be read; events are not marked in the chart.',
} as const satisfies Messages['events']
