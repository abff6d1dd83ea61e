use leptos::prelude::*;

use crate::platform::frame::after_next_paint;

/// `source`'s value, one paint later: for parts of a page that may trail its answer by a frame (the
/// result cards further down and the suggestions while someone types; the facet counts after a filter
/// changes), so that the frame showing the answer holds only the answer. Changes in quick succession
/// settle on the last one.
pub fn deferred<T>(source: Memo<T>) -> Signal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let value = RwSignal::new(source.get_untracked());
    let generation = StoredValue::new(0u64);
    Effect::watch(
        move || source.track(),
        move |_, _, _| {
            generation.update_value(|g| *g += 1);
            let mine = generation.get_value();
            after_next_paint(move || {
                // Skipped when a newer value has its own turn coming, or the page is gone.
                if generation.try_get_value() == Some(mine)
                    && let Some(latest) = source.try_get_untracked()
                {
                    value.try_set(latest);
                }
            });
        },
        false,
    );
    value.into()
}
