import { memo, useEffect, useMemo } from 'react';
import { ChartFrame, type PinnedCurves, type PredictProps } from '../../charts/ChartFrame';
import type { Chart, XYChart } from '../../experiments/contract';
import { scenarioParams, serializeLink } from '../../scenario/codec';
import { type Scenario, uiOf, type ViewName } from '../../scenario/views';
import { isSimulatedChart } from '../../scenario/viewUi';
import { ghostsFor, linkDifferences, usePins } from '../../state/pins';
import { NO_PREDICTION, usePredict } from '../../state/predict';
import { useApp } from '../../state/store';
import { PredictPrompt } from './PredictPrompt';
import { useExplanations } from './useExplanations';
import { useStageChartId, useStagePlotHeight } from './useStagePlot';
import { waitingText } from './waitingText';

declare const __APP_VERSION__: string;

/** Re-renders only when its chart, context or progress changed (see useViewCharts). */
const Frame = memo(ChartFrame);

interface Props {
  view: ViewName;
  scenario: Scenario;
  charts: Chart[];
}

/** An embedded chart's way out: the whole view with this link, in a new tab (not in the iframe). */
export function OpenInExplorer({ link }: { link: string }) {
  const href = `${window.location.origin}${window.location.pathname}${link}`;
  return (
    <a
      className="embed-open"
      href={href}
      target="_blank"
      rel="noopener"
      aria-label="Explore this chart with its controls (opens the Parallel SGD Explorer in a new tab)"
      title="Explore this chart with its controls (new tab)"
    >
      <span className="embed-open-text">Explore</span> ↗
    </a>
  );
}

const NONE: readonly string[] = [];

/**
 * The view's charts, each with its export context (the CLI's envelope) and, for the charts the view's
 * UI facts declare simulated, the run's progress.
 */
export function ChartList({ view, scenario, charts }: Props) {
  const simulated = uiOf(view).simulated ?? NONE;
  const run = useApp((s) => s.run);
  const notices = useApp((s) => s.notices);
  const context = useMemo(
    () => ({
      version: __APP_VERSION__,
      link: serializeLink(view, scenario),
      view,
      params: scenarioParams(view, scenario),
      notices: notices.map((n) => n.text),
    }),
    [view, scenario, notices],
  );
  const progress = run.status === 'running' ? run.fraction : undefined;
  const waiting = useMemo(() => waitingText(run), [run]);
  const embed = useApp((s) => s.display.embed);
  // embed=1 shows the view's main (first) chart; an unknown id says so and shows the main chart.
  const embedded = embed === null ? null : (charts.find((c) => c.id === embed) ?? charts[0]);
  const missing = embed !== null && embed !== 'main' && embedded?.id !== embed;
  const shown = embedded ? [embedded] : charts;
  const openLink = useMemo(
    () => (embed === null ? null : <OpenInExplorer link={context.link} />),
    [embed, context.link],
  );

  // Under each chart: its formula and what to notice (not in embed mode: the iframe shows the chart
  // alone).
  const explanations = useExplanations(view, charts, embed === null);

  // Pin: offer the current charts to the Pin button; draw a pinned chart's curves as ghosts.
  const offer = usePins((s) => s.offer);
  useEffect(() => offer(view, { link: context.link, charts }), [offer, view, context.link, charts]);
  const pin = usePins((s) => s.pins[view]);
  const pinned = useMemo(() => {
    const out = new Map<string, PinnedCurves>();
    if (!pin) return out;
    const label = `Pinned: ${linkDifferences(pin.link, context.link)}`;
    for (const chart of charts) {
      const series = chart.type === 'xy' ? ghostsFor(pin, chart) : null;
      if (series) out.set(chart.id, { series, label });
    }
    return out;
  }, [pin, charts, context.link]);

  // Predict first: the main (first xy) chart hides its data until revealed; the others hide whole.
  const predictOn = useApp((s) => s.display.predict);
  const prediction = usePredict((s) => s.byView[view]) ?? NO_PREDICTION;
  const setGuess = usePredict((s) => s.setGuess);
  const main = shown.find((c): c is XYChart => c.type === 'xy');
  const hiding = predictOn && main !== undefined && !prediction.revealed;
  const predict = useMemo((): PredictProps | null => {
    if (!predictOn || !main) return null;
    const hideData = !prediction.revealed;
    return {
      hideData,
      guess: prediction.guess,
      onPick: hideData ? (guess) => setGuess(view, guess) : undefined,
      prompt: <PredictPrompt view={view} chart={main} prediction={prediction} />,
    };
  }, [predictOn, main, prediction, setGuess, view]);

  // Presentation mode: one chart fills the stage, drawn to the height the stage leaves it.
  const staged = useStageChartId(shown);
  const stageHeight = useStagePlotHeight(staged);

  return (
    <>
      {missing && <p className="control-error">This view has no chart “{embed}”; showing its main chart.</p>}
      {shown.map((chart) =>
        hiding && chart !== main ? (
          <figure
            key={chart.id}
            className={`chart-frame chart-hidden${chart.id === staged ? ' chart-on-stage' : ''}`}
            data-chart-id={chart.id}
          >
            <h3 className="chart-title">{chart.title}</h3>
            <p className="chart-hidden-note">Hidden until you reveal: predict first.</p>
          </figure>
        ) : (
          <Frame
            key={chart.id}
            chart={chart}
            context={context}
            progress={isSimulatedChart(simulated, chart.id) ? progress : undefined}
            waiting={isSimulatedChart(simulated, chart.id) ? waiting : undefined}
            pinned={pinned.get(chart.id)}
            explanation={explanations.get(chart.id)}
            predict={chart === main ? predict : undefined}
            fill={embedded !== null}
            actions={openLink}
            className={chart.id === staged ? 'chart-on-stage' : undefined}
            height={chart.id === staged ? stageHeight : undefined}
          />
        ),
      )}
    </>
  );
}
