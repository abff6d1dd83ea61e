use std::time::Duration;

use leptos::html::Button;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_use::{UseIdleReturn, use_idle};

use crate::i18n::{Locale, t_string, td_string, use_i18n};
use crate::platform::location;
use crate::routes;
use crate::state::{tr, use_boards, use_inquiry_draft, use_kiosk, use_shortlist};

/// In kiosk mode: after the idle time, asks "Still there?" with a countdown, then clears what the visitor
/// left (shortlist, form, search, language) and returns to the attract loop. The outbox is never touched.
#[component]
pub fn KioskIdle() -> impl IntoView {
    let kiosk = use_kiosk();
    move || {
        let s = kiosk.settings().get();
        s.enabled
            .then(|| view! { <IdleWatch idle_secs=s.idle_secs countdown_secs=s.countdown_secs /> })
    }
}

#[component]
fn IdleWatch(idle_secs: u32, countdown_secs: u32) -> impl IntoView {
    let i18n = use_i18n();
    let UseIdleReturn { idle, reset, .. } = use_idle(u64::from(idle_secs) * 1000);
    let location = use_location();
    let navigate = use_navigate();
    let shortlist = use_shortlist();
    let draft = use_inquiry_draft();
    let kiosk = use_kiosk();
    let boards = use_boards();
    // Nothing of a visitor's is on the attract loop, so there is nothing to ask about there.
    let asking = Memo::new(move |_| {
        idle.get() && routes::without_lang(&location.pathname.get()) != routes::ATTRACT
    });
    let remaining = RwSignal::new(countdown_secs);
    let timer = StoredValue::new(None::<IntervalHandle>);
    let continue_button = NodeRef::<Button>::new();

    let clear_visitor = move || {
        shortlist.clear();
        draft.clear();
        boards.clear();
        kiosk.end_visit();
        if i18n.get_locale_untracked() == Locale::Id {
            navigate(
                routes::ATTRACT,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        } else {
            // Back to Indonesian mounts the router again, at whatever the address then is.
            location::set_path(routes::ATTRACT, false);
            i18n.set_locale(Locale::Id);
        }
    };
    Effect::new(move |_| {
        if let Some(h) = timer.get_value() {
            h.clear();
            timer.set_value(None);
        }
        if !asking.get() {
            return;
        }
        remaining.set(countdown_secs);
        request_animation_frame(move || {
            if let Some(b) = continue_button.get_untracked() {
                let _ = b.focus();
            }
        });
        let clear_visitor = clear_visitor.clone();
        let handle = set_interval_with_handle(
            move || {
                let left = remaining.get_untracked().saturating_sub(1);
                remaining.set(left);
                if left == 0 {
                    if let Some(h) = timer.get_value() {
                        h.clear();
                        timer.set_value(None);
                    }
                    clear_visitor();
                }
            },
            Duration::from_secs(1),
        )
        .ok();
        timer.set_value(handle);
    });
    on_cleanup(move || {
        if let Some(h) = timer.get_value() {
            h.clear();
        }
    });

    view! {
        <Show when=move || asking.get()>
            <div class="idle-backdrop">
                <div class="idle-dialog" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body">
                    <h2 id="idle-title">{tr(|l| td_string!(l, idle_title))}</h2>
                    <p class="idle-count" aria-hidden="true">{move || remaining.get()}</p>
                    <p id="idle-body">{move || t_string!(i18n, idle_body, secs = remaining.get())}</p>
                    <button type="button" class="button" node_ref=continue_button on:click={
                        let reset = reset.clone();
                        move |_| reset()
                    }>{tr(|l| td_string!(l, idle_continue))}</button>
                </div>
            </div>
        </Show>
    }
}
