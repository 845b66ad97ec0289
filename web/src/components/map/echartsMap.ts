/** ECharts for the unit map only (scatter + custom hull polygons), kept out of the dashboard's chunk. */
import { use, init, type EChartsType } from 'echarts/core'
import { CustomChart, ScatterChart } from 'echarts/charts'
import { DataZoomInsideComponent, GridComponent, LegendScrollComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([
  ScatterChart,
  CustomChart,
  GridComponent,
  TooltipComponent,
  LegendScrollComponent,
  DataZoomInsideComponent,
  CanvasRenderer,
])

export { init }
export type { EChartsType }
