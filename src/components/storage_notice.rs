use leptos::prelude::*;

use crate::i18n::td_string;
use crate::platform::storage::WriteFault;
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
        Some(Stored::Insights) => tr(|l| td_string!(l, storage_failed_insights))(),
        Some(Stored::Session) | None => tr(|l| td_string!(l, storage_failed_session))(),
    };
    let (full, body) = (
        tr(|l| td_string!(l, storage_failed_full)),
        tr(|l| td_string!(l, storage_failed_body)),
    );
    let advice = move || match problems.fault().get() {
        Some(WriteFault::Full) => full(),
        _ => body(),
    };
    // What was stored could not be read and was started afresh: nothing to free or allow, only to know.
    let unreadable = move || problems.fault().get() == Some(WriteFault::Unreadable);
    let what_reset = move || match problems.failed().get() {
        Some(Stored::Shortlist) => tr(|l| td_string!(l, storage_unreadable_shortlist))(),
        Some(Stored::Boards) => tr(|l| td_string!(l, storage_unreadable_boards))(),
        Some(Stored::Draft) => tr(|l| td_string!(l, storage_unreadable_draft))(),
        _ => tr(|l| td_string!(l, storage_unreadable_other))(),
    };
    view! {
        <Show when=move || problems.failed().get().is_some()>
            <div class="storage-notice" role="alert">
                {move || if unreadable() {
                    view! {
                        <p><strong>{tr(|l| td_string!(l, storage_unreadable_title))}</strong>" "{what_reset}</p>
                    }.into_any()
                } else {
                    view! {
                        <p><strong>{tr(|l| td_string!(l, storage_failed_title))}</strong>" "{what}</p>
                        <p>{advice}</p>
                    }.into_any()
                }}
                <button type="button" class="button" on:click=move |_| problems.dismiss()>
                    {tr(|l| td_string!(l, storage_failed_dismiss))}
                </button>
            </div>
        </Show>
    }
}
