import { useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import type { Chart } from '../../experiments/contract';
import { timelineExperiment } from '../../experiments/timeline';
import { SAME_DRAWS } from '../../experiments/timeline/ganttChart';
import { TIMELINE_STATES, type TimelineChart } from '../../experiments/timeline/rows';
import { variantLabel } from '../../experiments/timeline/variants';
import { scenarioParams, serializeLink } from '../../scenario/codec';
import { useApp } from '../../state/store';
import { OpenInExplorer } from '../common/ChartList';
import { Formula } from '../common/Formula';
import { ParamControls } from '../common/ParamControls';
import { useExplanations } from '../common/useExplanations';
import { useScenario } from '../common/useScenario';
import { useStageChartId } from '../common/useStagePlot';
import { useViewCharts } from '../common/useViewCharts';
import { ViewLayout } from '../common/ViewLayout';
import { GanttFigure } from './GanttFigure';
import { PlaybackBar } from './PlaybackBar';
import { TimelineLegend } from './StateLegend';
import { usePlayback, usePlaybackKeys } from './usePlayback';
import './timeline.css';

declare const __APP_VERSION__: string;

const isGantt = (c: Chart): c is TimelineChart => c.type === 'intervals';

/** [SS] Figs. 3–4: the four variants as animated Gantt charts of one small run each. */
export default function TimelineView() {
  const scenario = useScenario('timeline');
  const notices = useApp((s) => s.notices);
  const charts = useViewCharts(timelineExperiment, scenario);
  // embed=: one chart (1 = the first), laid out to the iframe, with a one-row player above it.
  const embedId = useApp((s) => s.display.embed);
  const embedded = embedId === null ? null : (charts.find((c) => c.id === embedId) ?? charts[0] ?? null);
  const shown = embedded ? [embedded] : charts;
  const gantts = shown.filter(isGantt);
  const tables = shown.filter((c) => c.type === 'table');

  // One time axis for every chart: the longest run sets it.
  const domainEnd = Math.max(0, ...gantts.flatMap((c) => c.rows.map((r) => r.end)));
  const updates = gantts.map((c) => c.rows.filter((r) => r.state === 'update').map((r) => r.start));
  const stops = [...new Set(updates.flat())].sort((a, b) => a - b);
  const [playback, snap] = usePlayback(domainEnd, stops);
  usePlaybackKeys(playback);

  const context = useMemo(
    () => ({
      version: __APP_VERSION__,
      link: serializeLink('timeline', scenario),
      view: 'timeline',
      params: scenarioParams('timeline', scenario),
      notices: notices.map((n) => n.text),
    }),
    [scenario, notices],
  );
  // Each chart's formula and what to notice (none in embed mode).
  const embed = embedId !== null;
  const explanations = useExplanations('timeline', charts, !embed);
  const openLink = useMemo(
    () => (embed ? <OpenInExplorer link={context.link} /> : null),
    [embed, context.link],
  );
  // Presentation mode: the slide's Gantt chart alone on the stage, with the player and the legend.
  const staged = useStageChartId(charts);
  const shownStates = TIMELINE_STATES.filter((s) => gantts.some((c) => c.rows.some((r) => r.state === s)));

  return (
    <ViewLayout
      view="timeline"
      formula={
        <Formula
          tex={String.raw`\displaystyle w_{j+1} = w_j - \frac{\eta}{K}\sum_{l \le K} g\big(w_{\tau(l,j)}, \xi_{l,j}\big)`}
        />
      }
      lead={
        <p>
          P learners compute gradients for a parameter server (PS), which updates the model after K of them.
          Watch the slowest learner: <strong>K-sync</strong> cancels it (hatched) and every learner restarts
          from the new model, so no gradient is stale but straggling work is lost; <strong>K-async</strong>{' '}
          keeps it computing, so its gradient arrives later, computed from an old model (stale, orange). Work
          in progress is grey until it ends. Space plays or pauses; → steps one PS update.
        </p>
      }
      controls={<ParamControls view="timeline" scenario={scenario} />}
    >
      <div className={embed ? 'timeline-stack timeline-embed' : 'timeline-stack'}>
        {embed && embedId !== 'main' && embedded?.id !== embedId ? (
          <p className="control-error">This view has no chart “{embedId}”; showing its main chart.</p>
        ) : null}
        {gantts.length > 0 ? (
          <PlaybackBar
            playback={playback}
            snap={snap}
            compact={embed}
            runs={gantts.map((c, i) => ({
              name: variantLabel(c.id.replace(/^timeline-/, '')),
              updates: updates[i],
            }))}
          />
        ) : null}
        {gantts.length > 0 ? <TimelineLegend states={shownStates} compact={embed} /> : null}
        {embed ? null : (
          <p className="timeline-draws">
            <strong>[SS] Figs. 3–4</strong>, one run per variant. {SAME_DRAWS}
          </p>
        )}
        {gantts.map((chart) => (
          <GanttFigure
            key={chart.id}
            chart={chart}
            P={scenario.P}
            domainEnd={domainEnd}
            playback={playback}
            context={context}
            caption={(chart.summary ?? '').replace(SAME_DRAWS, '').trim()}
            explanation={explanations.get(chart.id)}
            fill={embed}
            actions={openLink}
            className={chart.id === staged ? 'chart-on-stage' : undefined}
          />
        ))}
        {tables.map((chart) => (
          <ChartFrame
            key={chart.id}
            chart={chart}
            context={context}
            explanation={explanations.get(chart.id)}
            fill={embed}
            actions={openLink}
            className={chart.id === staged ? 'chart-on-stage' : undefined}
          />
        ))}
      </div>
    </ViewLayout>
  );
}
