use leptos::prelude::*;

use crate::components::PageMeta;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::platform::location;
use crate::state::tr;

/// Shown in place of a page whose code could not be fetched, so the app never goes blank: what
/// happened in the reader's language and a retry that loads the address again.
#[component]
pub fn ChunkFailed() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageMeta
            title=move || t_string!(i18n, chunk_failed_title).to_string()
            description=move || t_string!(i18n, chunk_failed_body).to_string()
        />
        <section class="page chunk-failed" role="alert" aria-labelledby="chunk-failed-title">
            <h1 id="chunk-failed-title">{tr(|l| td_string!(l, chunk_failed_title))}</h1>
            <p>{tr(|l| td_string!(l, chunk_failed_body))}</p>
            <button type="button" class="button" on:click=|_| location::reload()>
                {tr(|l| td_string!(l, error_retry))}
            </button>
        </section>
    }
}
