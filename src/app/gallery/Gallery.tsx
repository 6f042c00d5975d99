// The landing page: one card per figure and result of both papers. Each card is a real link (open it
// in a new tab, copy it), its thumbnail a picture of the chart it opens (drawn by scripts/thumbnails.ts
// from the built app, so it shows what the link computes).

import { Typeset } from '../../charts/Typeset';
import { GALLERY_SECTIONS, PAPER_TAG, PRESETS, type Preset } from '../../scenario/presets';
import { VIEWS } from '../../scenario/views';
import { useApp } from '../../state/store';
import './gallery.css';

/** The thumbnail's address, relative so the site works from any path of a static host. */
export function thumbnailSrc(preset: Preset): string {
  return `${import.meta.env.BASE_URL}gallery/${preset.id}.jpg`;
}

function PresetCard({ preset }: { preset: Preset }) {
  const openPreset = useApp((s) => s.openPreset);
  return (
    <li className="gallery-card">
      <a
        href={preset.link}
        data-preset={preset.id}
        onClick={(e) => {
          if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          openPreset(preset.id);
          window.scrollTo(0, 0);
        }}
      >
        <img src={thumbnailSrc(preset)} alt="" width={480} height={280} loading="lazy" decoding="async" />
        <span className="gallery-where">
          {PAPER_TAG[preset.paper]} {preset.where}
        </span>
        <span className="gallery-title">{preset.title}</span>
        <span className="gallery-takeaway">
          <Typeset text={preset.takeaway} />
        </span>
        <span className="gallery-view">
          Opens “{VIEWS[preset.view].meta.title}”
          {preset.takes ? ` · simulates for ${preset.takes} on a 2-core laptop` : ''}
        </span>
      </a>
    </li>
  );
}

export function Gallery() {
  return (
    <main className="gallery" data-testid="gallery" aria-labelledby="gallery-title">
      <header className="gallery-intro">
        <h2 id="gallery-title">Every figure of both papers, one click away</h2>
        <p>
          Pick a figure to open it, computed live in your browser: change any parameter and the chart follows
          within a second. Every state is a link — share it, and the recipient (or the CLI) gets the same
          numbers. The tabs above open each view on its default.
        </p>
      </header>
      {GALLERY_SECTIONS.map((section) => (
        <section key={section.paper} className="gallery-section" aria-labelledby={`gallery-${section.paper}`}>
          <h3 id={`gallery-${section.paper}`}>{section.heading}</h3>
          <p className="gallery-lead">{section.lead}</p>
          <ul className="gallery-grid">
            {PRESETS.filter((p) => p.paper === section.paper).map((preset) => (
              <PresetCard key={preset.id} preset={preset} />
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
