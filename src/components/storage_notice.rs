use leptos::prelude::*;

use crate::i18n::td_string;
use crate::state::{Stored, tr, use_storage_problems};

/// Says plainly when something could not be kept on the device, and what: the reader's work is still
/// on screen, and they should know it will not survive a reload.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let problems = use_storage_problems();
    let what = move || match problems.failed().get() {
        Some(Stored::Language) => tr(|l| td_string!(l, storage_failed_language))(),
        Some(Stored::Currency) => tr(|l| td_string!(l, storage_failed_currency))(),
        Some(Stored::Shortlist) => tr(|l| td_string!(l, storage_failed_shortlist))(),
        Some(Stored::Draft) => tr(|l| td_string!(l, storage_failed_draft))(),
        Some(Stored::Boards) => tr(|l| td_string!(l, storage_failed_boards))(),
        Some(Stored::KioskSettings) => tr(|l| td_string!(l, storage_failed_kiosk))(),
        Some(Stored::Session) | None => tr(|l| td_string!(l, storage_failed_session))(),
    };
    let (full, body) = (
        tr(|l| td_string!(l, storage_failed_full)),
        tr(|l| td_string!(l, storage_failed_body)),
    );
    view! {
        <Show when=move || problems.failed().get().is_some()>
            <div class="storage-notice" role="alert">
                <p><strong>{tr(|l| td_string!(l, storage_failed_title))}</strong>" "{what}</p>
                <p>{move || if problems.full().get() { full() } else { body() }}</p>
                <button type="button" class="button" on:click=move |_| problems.dismiss()>
                    {tr(|l| td_string!(l, storage_failed_dismiss))}
                </button>
            </div>
        </Show>
    }
}
