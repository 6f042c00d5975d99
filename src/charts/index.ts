// The chart kit: React renders SVG from the chart contract (src/experiments/contract.ts); d3
// supplies scales, ticks and path generators only. Knows nothing of SGD.

export { ChartFrame, type ChartFrameProps, legendEntries } from './ChartFrame';
export { ExportMenu, type ExportMenuProps, type ExportOption } from './ExportMenu';
export {
  chartCsv,
  chartJson,
  downloadBlob,
  downloadText,
  type ExportContext,
  type ExportLegendItem,
  exportFileName,
  runOutputFor,
  serializeChartSvg,
  svgToPng,
  visibleChart,
} from './export';
export { bandLabel, formatCompact, formatValue } from './format';
export { HeatmapView, type HeatmapViewProps } from './HeatmapView';
export { IntervalsView, type IntervalsViewProps } from './IntervalsView';
export { Legend, type LegendEntry } from './legend';
export { ProgressBar } from './ProgressBar';
export {
  kindLabel,
  OKABE_ITO,
  paletteColor,
  REFERENCE_COLOR,
  type SeriesStyle,
  seriesColors,
  seriesStyle,
} from './palette';
export { chartHeight, computeDomain, nearestIndex } from './scales';
export { TableView } from './TableView';
export { useChartSize } from './useChartSize';
export { XYChartView, type XYChartViewProps } from './XYChartView';
