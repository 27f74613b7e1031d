import { zhCNCore } from './zh-cn'
import { zhCNPages } from './zh-cn-pages'

/** Every Chinese text at once, for tests that compare what they see with the dictionary. */
export const zhCN = { ...zhCNCore, ...zhCNPages }
