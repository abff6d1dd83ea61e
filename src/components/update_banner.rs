use leptos::prelude::*;

use crate::i18n::td_string;
use crate::platform::service_worker;
use crate::state::tr;

/// Announces a new version of the app; it is applied only when the user says so, never mid-task.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(false);
    service_worker::register(move || ready.set(true));
    view! {
        <Show when=move || ready.get()>
            <div class="update-banner" role="status">
                <span>{tr(|l| td_string!(l, update_ready))}</span>
                <button type="button" class="button" on:click=move |_| service_worker::apply_update()>
                    {tr(|l| td_string!(l, update_apply))}
                </button>
            </div>
        </Show>
    }
}
