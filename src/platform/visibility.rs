//! What part of the page is on screen.

use leptos::prelude::*;
use leptos_use::core::IntoElementMaybeSignal;
use leptos_use::{UseIntersectionObserverOptions, use_intersection_observer_with_options};

/// Whether at least `share` (0 to 1) of `target` is inside the viewport. Follows scrolling, resizing and
/// layout; false until the browser has first reported.
pub fn in_view<El, M>(target: El, share: f64) -> Signal<bool>
where
    El: IntoElementMaybeSignal<web_sys::Element, M>,
{
    let (seen, set_seen) = signal(false);
    use_intersection_observer_with_options(
        target.into_element_maybe_signal(),
        move |entries, _| {
            // The latest report wins; a batch may hold several for one element while it moves.
            if let Some(entry) = entries.last() {
                set_seen.set(entry.is_intersecting() && entry.intersection_ratio() >= share);
            }
        },
        UseIntersectionObserverOptions::default().thresholds(vec![share]),
    );
    seen.into()
}
