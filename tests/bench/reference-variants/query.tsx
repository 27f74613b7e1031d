/** The reference page with TanStack Query, the data library the product card fixes. */
import { mount, SummaryFigures } from './mount'

mount(<SummaryFigures />)
