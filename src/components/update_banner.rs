use leptos::prelude::*;

use crate::i18n::{t, use_i18n};
use crate::platform::service_worker;

/// Announces a new version of the app; it is applied only when the user says so, never mid-task.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let i18n = use_i18n();
    let ready = RwSignal::new(false);
    service_worker::register(move || ready.set(true));
    view! {
        <Show when=move || ready.get()>
            <div class="update-banner" role="status">
                <span>{t!(i18n, update_ready)}</span>
                <button type="button" class="button" on:click=move |_| service_worker::apply_update()>
                    {t!(i18n, update_apply)}
                </button>
            </div>
        </Show>
    }
}
