// React 19: <belarus-timeline> with typed props and events, no wrapper library.
import { useState } from 'react';
// Define the element before React first renders it: React sets `dataset` as a property only when
// the element has one (on an undefined element it would hit HTMLElement's read-only `dataset`).
import 'belarus-timeline';
// Types `<belarus-timeline>` in JSX: its attributes, `dataset`/`entries`, `ontimeline-*` events.
import type {} from 'belarus-timeline/jsx';
import { belarusStory, type Lang, type TimelineDataset } from 'belarus-timeline/data';

export interface StoryTimelineProps {
  /** Keep it stable (a constant, state or `useMemo`): a new object redraws the timeline. */
  dataset?: TimelineDataset;
  lang?: Lang;
}

export function StoryTimeline({ dataset = belarusStory, lang = 'en' }: StoryTimelineProps) {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <section>
      <belarus-timeline
        lang={lang}
        selected={selected}
        dataset={dataset}
        ontimeline-select={(event) => setSelected(event.detail.id)}
      />
      <p>
        Selected: <output>{selected ?? 'none'}</output>
      </p>
      <button type="button" onClick={() => setSelected('war-in-ukraine')}>
        The war
      </button>
      <button type="button" onClick={() => setSelected(null)}>
        Clear
      </button>
    </section>
  );
}
