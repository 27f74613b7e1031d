export { ChannelMixPanel } from './ui/channel-mix-panel'
export { RankingPanel } from './ui/ranking-panel'
export { TopCategoriesPanel } from './ui/top-categories-panel'
