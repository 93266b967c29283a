// Type test, not run: `npx tsc -p docs/frameworks` checks that src/jsx.ts types <belarus-timeline>
// in React's JSX, and that it constrains values (each @ts-expect-error must find an error).
import { useRef } from 'react';
import type {} from 'belarus-timeline/jsx';
import type { BelarusTimeline, TimelineSelectDetail } from 'belarus-timeline';
import { belarusStory } from 'belarus-timeline/data';

export function Checks() {
  const ref = useRef<BelarusTimeline>(null);
  const detail: TimelineSelectDetail[] = [];
  return (
    <>
      <belarus-timeline
        ref={ref}
        id="story"
        className="wide"
        lang="nl-BE"
        src="/story.json"
        start="2020"
        end="2022-10-10"
        selected={null}
        orientation="vertical"
        theme="dark"
        static
        heading="Belarus"
        lanes="belarus,war"
        view="list"
        gaps="none"
        linkable
        dataset={belarusStory}
        entries={belarusStory.entries}
        ontimeline-select={(event) => detail.push(event.detail)}
        ontimeline-range-change={(event) => event.detail.start.getTime()}
        ontimeline-load={(event) => event.detail.count.toFixed()}
        ontimeline-error={(event) => event.detail.issues.map((issue) => issue.path)}
      >
        <ol>
          <li>Light-DOM fallback</li>
        </ol>
      </belarus-timeline>
      {/* @ts-expect-error: not an orientation */}
      <belarus-timeline orientation="diagonal" />
      {/* @ts-expect-error: the element speaks nl and en */}
      <belarus-timeline lang="de" />
      {/* @ts-expect-error: `dataset` is a TimelineDataset, not a string */}
      <belarus-timeline dataset="belarus" />
      {/* @ts-expect-error: `selected` is an id */}
      <belarus-timeline selected={3} />
      {/* @ts-expect-error: the event's detail has `id`, not `entryId` */}
      <belarus-timeline ontimeline-select={(event) => event.detail.entryId} />
      {/* @ts-expect-error: React's camelCase name is not the event's name */}
      <belarus-timeline onTimelineSelect={() => {}} />
    </>
  );
}
