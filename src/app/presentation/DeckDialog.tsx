// The deck editor: a lecturer picks and orders slides (the slide on screen, any share link, any
// preset), gives each a title and a note or question to the room, and takes away one link that
// opens the deck in presentation mode, or a file to keep and import again. The gallery is the deck
// it starts from.

import { useId, useRef, useState } from 'react';
import { downloadText } from '../../charts/export';
import { parseLink, serializeLink } from '../../scenario/codec';
import {
  type Deck,
  deckFile,
  defaultDeck,
  MAX_NOTE,
  MAX_SLIDES,
  MAX_TITLE,
  readDeckFile,
  type Slide,
} from '../../scenario/deck';
import { NO_DISPLAY } from '../../scenario/display';
import { PAPER_TAG, PRESETS } from '../../scenario/presets';
import { deckPlace, linkOnScreen, stageChart } from '../../state/stage';
import { useApp } from '../../state/store';
import { type CopyOutcome, copyText } from '../clipboard';
import { ModalDialog } from '../ModalDialog';
import { openSlide } from './deckNav';

/** The link that opens `deck` at its first slide, in presentation mode (canonical). */
export function deckLink(deck: Deck): string {
  const first = parseLink(deck.slides[0].link);
  if (!first.ok) throw new Error(`slide 1 does not open: ${first.error}`);
  const predict = deck.slides[0].predict === true;
  return serializeLink(first.view, first.scenario, { ...NO_DISPLAY, present: true, predict, deck, slide: 1 });
}

/** Reads a share link as a slide; an error in words when it is none. */
function slideFrom(text: string): Slide | string {
  const query = text.includes('?') ? text.slice(text.indexOf('?')) : text;
  const r = parseLink(query);
  if (!r.ok) return `That is not a share link of this app: ${r.error}.`;
  const slide: Slide = { link: serializeLink(r.view, r.scenario) };
  if (r.display.embed && r.display.embed !== 'main') slide.chart = r.display.embed;
  if (r.display.predict) slide.predict = true;
  return slide;
}

const slideName = (s: Slide) => {
  const preset = PRESETS.find((p) => p.link === s.link && p.chart === s.chart);
  return preset ? `${PAPER_TAG[preset.paper]} ${preset.where}` : s.link.replace(/^\?v=1&/, '');
};

function DeckEditor({ close }: { close: () => void }) {
  const idBase = useId();
  const [deck, setDeck] = useState<Deck>(() => {
    const place = deckPlace(useApp.getState());
    return place.custom ? place.deck : { ...defaultDeck(), title: '' };
  });
  const [pasted, setPasted] = useState('');
  const [problem, setProblem] = useState<string>('');
  const [preset, setPreset] = useState(PRESETS[0].id);
  const [copied, setCopied] = useState<CopyOutcome | null>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const edit = (next: Deck) => {
    setDeck(next);
    setCopied(null);
  };
  const setSlide = (i: number, patch: Partial<Slide>) =>
    edit({ ...deck, slides: deck.slides.map((s, k) => (k === i ? { ...s, ...patch } : s)) });
  const move = (i: number, by: -1 | 1) => {
    const slides = [...deck.slides];
    const [s] = slides.splice(i, 1);
    slides.splice(i + by, 0, s);
    edit({ ...deck, slides });
  };
  const add = (slide: Slide) => {
    if (deck.slides.length >= MAX_SLIDES) {
      setProblem(`A deck holds at most ${MAX_SLIDES} slides.`);
      return;
    }
    setProblem('');
    edit({ ...deck, slides: [...deck.slides, slide] });
  };
  const addOnScreen = () => {
    const st = useApp.getState();
    const chart = stageChart({ ...st, display: { ...st.display, present: true, embed: null } });
    add({
      link: linkOnScreen(st),
      ...(chart && chart !== 'main' ? { chart } : {}),
      ...(st.display.predict ? { predict: true as const } : {}),
    });
  };
  const addPasted = () => {
    const s = slideFrom(pasted.trim());
    if (typeof s === 'string') setProblem(s);
    else {
      add(s);
      setPasted('');
    }
  };
  const addPreset = () => {
    const p = PRESETS.find((x) => x.id === preset)!;
    add({ link: p.link, chart: p.chart, title: `${p.where}: ${p.title}` });
  };
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const notices: string[] = [];
    const read = readDeckFile(await file.text(), notices);
    if (read) edit(read);
    setProblem(notices.join(' '));
  };

  const empty = deck.slides.length === 0;
  const url = empty ? '' : `${window.location.origin}${window.location.pathname}${deckLink(deck)}`;
  const present = () => {
    if (empty) return;
    close();
    openSlide({ deck, at: 0, custom: true }, 0);
  };

  return (
    <div className="deck-editor">
      <label className="deck-field">
        <span>Title of the deck</span>
        <input
          type="text"
          value={deck.title}
          maxLength={MAX_TITLE}
          placeholder="e.g. Lecture 7: parallel SGD"
          onChange={(e) => edit({ ...deck, title: e.target.value })}
        />
      </label>
      <ol className="deck-slides" aria-label="Slides">
        {deck.slides.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: slides may repeat; their place is their identity
          <li key={i} className="deck-slide" data-testid="deck-slide">
            <div className="deck-slide-head">
              <span className="deck-slide-number">{i + 1}</span>
              <span className="deck-slide-link" title={s.link}>
                {slideName(s)}
                {s.chart && !PRESETS.some((p) => p.link === s.link && p.chart === s.chart)
                  ? ` · chart ${s.chart}`
                  : ''}
                {s.predict ? ' · predict first' : ''}
              </span>
              <span className="deck-slide-tools">
                <button
                  type="button"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                  aria-label={`Move slide ${i + 1} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={i === deck.slides.length - 1}
                  onClick={() => move(i, 1)}
                  aria-label={`Move slide ${i + 1} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  onClick={() => edit({ ...deck, slides: deck.slides.filter((_, k) => k !== i) })}
                  aria-label={`Remove slide ${i + 1}`}
                >
                  ✕
                </button>
              </span>
            </div>
            <label className="deck-field" htmlFor={`${idBase}-t${i}`}>
              <span>Title</span>
            </label>
            <input
              id={`${idBase}-t${i}`}
              type="text"
              value={s.title ?? ''}
              maxLength={MAX_TITLE}
              onChange={(e) => setSlide(i, { title: e.target.value || undefined })}
            />
            <label className="deck-field" htmlFor={`${idBase}-n${i}`}>
              <span>Note or question to the room</span>
            </label>
            <input
              id={`${idBase}-n${i}`}
              type="text"
              value={s.note ?? ''}
              maxLength={MAX_NOTE}
              placeholder="e.g. Where will the M = 100 curve bend?"
              onChange={(e) => setSlide(i, { note: e.target.value || undefined })}
            />
          </li>
        ))}
      </ol>
      <div className="deck-add">
        <button
          type="button"
          className="button-secondary"
          onClick={addOnScreen}
          disabled={useApp.getState().page !== 'view'}
        >
          Add the view on screen
        </button>
        <span className="deck-add-row">
          <label htmlFor={`${idBase}-preset`}>Preset</label>
          <select id={`${idBase}-preset`} value={preset} onChange={(e) => setPreset(e.target.value)}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {PAPER_TAG[p.paper]} {p.where}: {p.title}
              </option>
            ))}
          </select>
          <button type="button" className="button-secondary" onClick={addPreset}>
            Add
          </button>
        </span>
        <span className="deck-add-row">
          <label htmlFor={`${idBase}-paste`}>Share link</label>
          <input
            id={`${idBase}-paste`}
            type="text"
            value={pasted}
            placeholder="?v=1&view=…"
            aria-invalid={problem !== '' && pasted !== ''}
            onChange={(e) => setPasted(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') addPasted();
            }}
          />
          <button
            type="button"
            className="button-secondary"
            onClick={addPasted}
            disabled={pasted.trim() === ''}
          >
            Add
          </button>
        </span>
        <span className="deck-add-row">
          <button
            type="button"
            className="button-secondary"
            onClick={() => edit({ ...defaultDeck(), title: '' })}
          >
            Start from the gallery
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => edit({ title: deck.title, slides: [] })}
          >
            Remove all slides
          </button>
        </span>
      </div>
      <p className="control-error deck-problem" role="status">
        {problem}
      </p>
      <label className="share-label" htmlFor={`${idBase}-link`}>
        Link to the deck (opens slide 1 in presentation mode)
      </label>
      <input
        id={`${idBase}-link`}
        ref={linkRef}
        className="share-url"
        type="text"
        readOnly
        value={url}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="share-row deck-actions">
        <button type="button" className="button-primary" disabled={empty} onClick={present} data-autofocus>
          Present this deck
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={empty}
          onClick={async () => setCopied(await copyText(url, linkRef.current, 'link'))}
        >
          Copy link
        </button>
        <button
          type="button"
          className="button-secondary"
          disabled={empty}
          onClick={() => downloadText(deckFile(deck), 'lecture-deck.json', 'application/json')}
        >
          Download deck file
        </button>
        <button type="button" className="button-secondary" onClick={() => fileRef.current?.click()}>
          Import deck file…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Deck file to import"
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      <p className="share-status" role="status">
        {copied?.message ?? ''}
      </p>
    </div>
  );
}

/** The "Deck…" button and its dialog. */
export function DeckDialog() {
  return (
    <ModalDialog
      label="Deck…"
      title="Lecture deck"
      className="deck-dialog"
      hint="Make a lecture deck of your own: slides, titles, questions; one link or a file"
    >
      {(close) => <DeckEditor close={close} />}
    </ModalDialog>
  );
}
