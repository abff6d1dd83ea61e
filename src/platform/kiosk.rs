//! The kiosk's hold on the screen: full screen, the touch-first style switch and the motion preference.

/// Asks for full screen; browsers allow it only during a user gesture, so call it from a click.
pub fn enter_fullscreen() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.request_fullscreen();
    }
}

pub fn exit_fullscreen() {
    if let Some(d) = web_sys::window().and_then(|w| w.document())
        && d.fullscreen_element().is_some()
    {
        d.exit_fullscreen();
    }
}

/// Marks `<html>` so the stylesheet switches to the touch-first kiosk layout.
pub fn set_kiosk_class(on: bool) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = el.class_list().toggle_with_force("kiosk", on);
    }
}

pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}
