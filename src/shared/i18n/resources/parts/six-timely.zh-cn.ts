/** Texts of the overview's six timely panel, in Chinese. */
export const sixTimelyZhCN = {
  title: '六个及时',
} as const
