// "About": what the app is, its version (the one written into every export), the papers, where the
// computation happens, how to reproduce a number with the CLI, and presentation mode's keys.

import { ModalDialog } from './ModalDialog';

declare const __APP_VERSION__: string;

const KEYS: readonly [keys: string[], what: string][] = [
  [['PageDown', '→'], 'next slide (a preset, or a slide of your deck)'],
  [['PageUp', '←'], 'previous slide'],
  [['R'], 'the slide as it was (undoes parameter changes)'],
  [['C'], 'the parameters drawer'],
  [['N'], 'the notes drawer: the view’s text, formula and tabs'],
  [['Space'], 'play or pause the animation (timelines)'],
  [['.', ','], 'step the animation forward, back (timelines)'],
  [['F'], 'full screen on or off'],
  [['P'], 'presentation mode on or off'],
  [['Esc'], 'leave full screen'],
];

function AboutBody() {
  return (
    <div className="about">
      <p>
        Parallel SGD Explorer shows, with live charts, how far parallelism speeds up stochastic gradient
        descent: mini-batches and asynchronous updates help near-linearly only up to a critical level set by
        the gradient noise ([CP]), and waiting for the slowest of many learners costs wall-clock time that
        stale gradients can win back ([SS]). Closed forms redraw as you move a control; simulations run beside
        them, and every chart is a link that reproduces it number for number.
      </p>
      <p>
        Version <strong data-testid="app-version">{__APP_VERSION__}</strong> — written into every SVG, PNG and
        JSON export, so a figure in a slide says which version drew it.
      </p>

      <h3>The papers</h3>
      <ul className="about-papers">
        <li>
          [CP] Sebastian U. Stich, Amirkeivan Mohtashami, Martin Jaggi.{' '}
          <cite>
            Critical Parameters for Scalable Distributed Learning with Large Batches and Asynchronous Updates
          </cite>
          . Proceedings of the 24th International Conference on Artificial Intelligence and Statistics
          (AISTATS), PMLR 130, 2021.
        </li>
        <li>
          [SS] Sanghamitra Dutta, Gauri Joshi, Soumyadip Ghosh, Parijat Dube, Priya Nagpurkar.{' '}
          <cite>Slow and Stale Gradients Can Win the Race: Error-Runtime Trade-offs in Distributed SGD</cite>.
          Proceedings of the 21st International Conference on Artificial Intelligence and Statistics
          (AISTATS), PMLR 84, 2018.
        </li>
      </ul>

      <h3>Data</h3>
      <p>
        The race’s <code>problem=digits</code> trains on the test set of the UCI{' '}
        <cite>Optical Recognition of Handwritten Digits</cite> (E. Alpaydin, C. Kaynak, 1998; UCI Machine
        Learning Repository, doi:10.24432/C50P49): 1,797 images of 8×8 pixels, shipped with the app under CC
        BY 4.0.
      </p>

      <h3>Everything stays on this computer</h3>
      <p>
        All computation happens in this browser, in background workers: the page sends nothing over the
        network and loads nothing from elsewhere. Measured compute times you paste or drop stay in this
        browser; a link carries only their summary (at most 64 quantiles).
      </p>

      <h3>Reproduce any number</h3>
      <p>
        The link is the whole scenario. From a checkout of the project, the command line computes the same
        charts, bit for bit, and prints the JSON that each chart’s “JSON” export holds:
      </p>
      <pre className="about-cli">
        <code>npm run --silent sim -- '&lt;link&gt;'</code>
      </pre>
      <p>
        Add <code>--format csv</code> for the data as CSV. The project’s README and its documents on share
        links (<code>docs/links.md</code>) and determinism (<code>docs/determinism.md</code>) say more.
      </p>

      <h3>Presentation mode keys</h3>
      <dl className="about-keys">
        {KEYS.map(([keys, what]) => (
          <div key={what}>
            <dt>
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 ? ' / ' : null}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function AboutDialog() {
  return (
    <ModalDialog label="About" title="About Parallel SGD Explorer" className="about-dialog">
      {() => <AboutBody />}
    </ModalDialog>
  );
}
