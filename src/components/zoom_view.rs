use std::collections::HashMap;

use leptos::html::Div;
use leptos::prelude::*;

use crate::domain::render::zoom::{STEP, ZoomState};
use crate::i18n::td_string;
use crate::state::tr;

/// Zoom and pan by pinch, wheel, drag, keys and +/−/reset buttons. The state is passed in so that two
/// views can share one and move together.
#[component]
pub fn ZoomView(zoom: RwSignal<ZoomState>, children: Children) -> impl IntoView {
    let viewport: NodeRef<Div> = NodeRef::new();
    let size = move || {
        viewport
            .get_untracked()
            .map_or(400.0, |el| f64::from(el.client_width().max(1)))
    };
    // Pointer positions relative to the viewport centre, by pointer id, for drag and pinch.
    let pointers = StoredValue::new(HashMap::<i32, (f64, f64)>::new());
    let relative = move |x: i32, y: i32| {
        viewport.get_untracked().map_or((0.0, 0.0), |el| {
            let r = el.get_bounding_client_rect();
            (
                f64::from(x) - r.left() - r.width() / 2.0,
                f64::from(y) - r.top() - r.height() / 2.0,
            )
        })
    };
    let step = move |factor: f64| zoom.update(|z| *z = z.zoom_at(factor, 0.0, 0.0, size()));
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        ev.prevent_default();
        let (px, py) = relative(ev.client_x(), ev.client_y());
        let factor = (-ev.delta_y() * 0.0015).exp();
        zoom.update(|z| *z = z.zoom_at(factor, px, py, size()));
    };
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if let Some(el) = viewport.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        let p = relative(ev.client_x(), ev.client_y());
        pointers.update_value(|m| {
            m.insert(ev.pointer_id(), p);
        });
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let id = ev.pointer_id();
        let new = relative(ev.client_x(), ev.client_y());
        let (old, others) = pointers.with_value(|m| {
            (
                m.get(&id).copied(),
                m.iter()
                    .filter(|(k, _)| **k != id)
                    .map(|(_, v)| *v)
                    .collect::<Vec<_>>(),
            )
        });
        let Some(old) = old else { return };
        match others.as_slice() {
            [] => zoom.update(|z| *z = z.pan(new.0 - old.0, new.1 - old.1, size())),
            [other, ..] => {
                let before = ((old.0 - other.0).powi(2) + (old.1 - other.1).powi(2)).sqrt();
                let after = ((new.0 - other.0).powi(2) + (new.1 - other.1).powi(2)).sqrt();
                if before > 1.0 {
                    let mid = ((new.0 + other.0) / 2.0, (new.1 + other.1) / 2.0);
                    zoom.update(|z| *z = z.zoom_at(after / before, mid.0, mid.1, size()));
                }
            }
        }
        pointers.update_value(|m| {
            m.insert(id, new);
        });
    };
    let on_up = move |ev: leptos::ev::PointerEvent| {
        pointers.update_value(|m| {
            m.remove(&ev.pointer_id());
        });
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let s = size();
        let nudge = s / 10.0;
        let handled = match ev.key().as_str() {
            "+" | "=" => {
                step(STEP);
                true
            }
            "-" | "_" => {
                step(1.0 / STEP);
                true
            }
            "0" => {
                zoom.set(ZoomState::default());
                true
            }
            "ArrowLeft" => {
                zoom.update(|z| *z = z.pan(nudge, 0.0, s));
                true
            }
            "ArrowRight" => {
                zoom.update(|z| *z = z.pan(-nudge, 0.0, s));
                true
            }
            "ArrowUp" => {
                zoom.update(|z| *z = z.pan(0.0, nudge, s));
                true
            }
            "ArrowDown" => {
                zoom.update(|z| *z = z.pan(0.0, -nudge, s));
                true
            }
            _ => false,
        };
        if handled {
            ev.prevent_default();
        }
    };
    view! {
        <div class="zoom">
            <div
                class="zoom-viewport"
                node_ref=viewport
                tabindex="0"
                role="group"
                aria-label=tr(|l| td_string!(l, zoom_help))
                on:wheel=on_wheel
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=on_up
                on:keydown=on_key
            >
                <div class="zoom-content" style:transform=move || zoom.get().transform()>
                    {children()}
                </div>
            </div>
            <div class="zoom-controls">
                <button type="button" on:click=move |_| step(STEP) aria-label=tr(|l| td_string!(l, zoom_in))>"+"</button>
                <button type="button" on:click=move |_| step(1.0 / STEP) aria-label=tr(|l| td_string!(l, zoom_out))>"−"</button>
                <button type="button" on:click=move |_| zoom.set(ZoomState::default())>{tr(|l| td_string!(l, zoom_reset))}</button>
                <span class="zoom-level" aria-live="polite">{move || format!("{:.0}%", zoom.get().scale * 100.0)}</span>
            </div>
        </div>
    }
}
