import { type ReactNode, useMemo } from 'react';
import { ChartFrame } from '../../charts/ChartFrame';
import type { Chart } from '../../experiments/contract';
import { timelineExperiment } from '../../experiments/timeline';
import { SAME_DRAWS } from '../../experiments/timeline/ganttChart';
import { TIMELINE_STATES, type TimelineChart } from '../../experiments/timeline/rows';
import { variantLabel } from '../../experiments/timeline/variants';
import { scenarioParams, serializeLink } from '../../scenario/codec';
import { timelineParams } from '../../scenario/timelineSchema';
import type { Scenario } from '../../scenario/views';
import { useApp } from '../../state/store';
import { ChartExplanation } from '../common/ChartExplanation';
import { DistributionEditor } from '../common/DistributionEditor';
import { Formula } from '../common/Formula';
import { ParamControls } from '../common/ParamControls';
import { useStageChartId } from '../common/useStagePlot';
import { useViewCharts } from '../common/useViewCharts';
import { VariantsControl } from '../common/VariantsControl';
import { ViewLayout } from '../common/ViewLayout';
import { explanationFor } from '../explanations';
import { GanttFigure } from './GanttFigure';
import { PlaybackBar } from './PlaybackBar';
import { TimelineLegend } from './StateLegend';
import { usePlayback, usePlaybackKeys } from './usePlayback';
import './timeline.css';

declare const __APP_VERSION__: string;

const isGantt = (c: Chart): c is TimelineChart => c.type === 'intervals';

/** [SS] Figs. 3–4: the four variants as animated Gantt charts of one small run each. */
export default function TimelineView() {
  const scenario = useApp((s) => s.scenarios.timeline) as Scenario<'timeline'>;
  const setParam = useApp((s) => s.setParam);
  const notices = useApp((s) => s.notices);
  const charts = useViewCharts(timelineExperiment, scenario);
  const gantts = charts.filter(isGantt);
  const tables = charts.filter((c) => c.type === 'table');

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
  // Each chart's formula and what to notice, made once per set of ids (none in embed mode).
  const embed = useApp((s) => s.display.embed !== null);
  const ids = embed ? '' : charts.map((c) => c.id).join('\n');
  const explanations = useMemo(() => {
    const out = new Map<string, ReactNode>();
    for (const id of ids ? ids.split('\n') : []) {
      const e = explanationFor('timeline', id);
      if (e) out.set(id, <ChartExplanation explanation={e} />);
    }
    return out;
  }, [ids]);
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
      controls={
        <ParamControls
          view="timeline"
          scenario={scenario}
          custom={{
            variants: (
              <VariantsControl
                value={scenario.variants}
                onChange={(v) => setParam('variants', v)}
                help="One chart per variant, on one time axis. Fig. 3: K-sync, K-batch-sync; Fig. 4: K-async, K-batch-async."
              />
            ),
            dist: (
              <DistributionEditor
                value={scenario.dist}
                maxItems={timelineParams.dist.maxItems}
                onChange={(v) => setParam('dist', v)}
              />
            ),
          }}
          advanced={['comm', 'speed']}
        />
      }
    >
      <div className="timeline-stack">
        <PlaybackBar
          playback={playback}
          snap={snap}
          runs={gantts.map((c, i) => ({
            name: variantLabel(c.id.replace(/^timeline-/, '')),
            updates: updates[i],
          }))}
        />
        <TimelineLegend states={shownStates} />
        <p className="timeline-draws">
          <strong>[SS] Figs. 3–4</strong>, one run per variant. {SAME_DRAWS}
        </p>
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
            className={chart.id === staged ? 'chart-on-stage' : undefined}
          />
        ))}
        {tables.map((chart) => (
          <ChartFrame
            key={chart.id}
            chart={chart}
            context={context}
            explanation={explanations.get(chart.id)}
            className={chart.id === staged ? 'chart-on-stage' : undefined}
          />
        ))}
      </div>
    </ViewLayout>
  );
}
