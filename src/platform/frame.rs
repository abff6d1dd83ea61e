//! Scheduling around the browser's paint.

use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};

/// Runs `f` just after the next frame has been painted: an animation frame callback runs before that
/// frame's style, layout and paint, and a task queued from it runs after them. Work that can trail what
/// the user is looking at by one frame goes here, so the frame that answers their input is not held up.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}
