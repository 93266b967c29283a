// Vue 3: <belarus-timeline> from a render function. Vue sets a prop on a custom element as a
// property when the element has one, else as an attribute; `.name` forces a property.
import { defineComponent, h, ref, type PropType } from 'vue';
// Define the element before Vue first renders it, so that its properties exist.
import 'belarus-timeline';
import type { TimelineSelectEvent } from 'belarus-timeline';
import { belarusStory, type Lang, type TimelineDataset } from 'belarus-timeline/data';

export const StoryTimeline = defineComponent({
  name: 'StoryTimeline',
  props: {
    dataset: { type: Object as PropType<TimelineDataset>, default: () => belarusStory },
    lang: { type: String as PropType<Lang>, default: 'en' },
  },
  setup(props) {
    const selected = ref<string | null>(null);
    return () =>
      h('section', [
        h('belarus-timeline', {
          lang: props.lang,
          selected: selected.value,
          '.dataset': props.dataset,
          // `onTimelineSelect` listens to `timeline-select` (Vue hyphenates the name after `on`).
          onTimelineSelect: (event: TimelineSelectEvent) => (selected.value = event.detail.id),
        }),
        h('p', ['Selected: ', h('output', selected.value ?? 'none')]),
        h('button', { type: 'button', onClick: () => (selected.value = 'war-in-ukraine') }, 'The war'),
        h('button', { type: 'button', onClick: () => (selected.value = null) }, 'Clear'),
      ]);
  },
});
