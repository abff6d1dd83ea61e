use leptos::prelude::*;
use leptos_use::{UseClipboardReturn, use_clipboard};

use crate::i18n::td_string;
use crate::platform::location;
use crate::state::tr;

/// A link to share: the address in a read-only field (selected whole on focus) and a button that copies
/// it. The Clipboard API exists only on secure pages; a kiosk served over plain HTTP on a stand's
/// network has none, so there the field's selection is copied the older way, and where even that is
/// refused the reader is told to copy the selected text by hand.
#[component]
pub fn CopyLink(
    /// The field's id (its label points at it).
    id: String,
    /// The field's label, read by screen readers and shown when `label_visible`.
    #[prop(into)]
    label: Signal<String>,
    #[prop(into)] url: Signal<String>,
    #[prop(optional)] label_visible: bool,
) -> impl IntoView {
    let UseClipboardReturn {
        is_supported,
        copied,
        copy,
        ..
    } = use_clipboard();
    // The older way's outcome: Some(true) copied, Some(false) left selected for the reader.
    let fallback = RwSignal::new(None::<bool>);
    let field_id = id.clone();
    let on_copy = move |_| {
        if is_supported.get_untracked() {
            copy(&url.get_untracked());
        } else {
            fallback.set(Some(location::copy_field(&field_id)));
        }
    };
    let (done, by_hand) = (
        tr(|l| td_string!(l, shortlist_copied)),
        tr(|l| td_string!(l, copy_by_hand)),
    );
    let label_class = if label_visible { "" } else { "visually-hidden" };
    view! {
        <div class="share-row">
            <label for=id.clone() class=label_class>{label}</label>
            <input id=id type="text" readonly prop:value=url on:focus=move |ev| location::select_all(&ev) />
            <button type="button" class="button" on:click=on_copy>{tr(|l| td_string!(l, shortlist_copy))}</button>
        </div>
        <p role="status" class="copy-status">
            {move || if copied.get() || fallback.get() == Some(true) {
                done()
            } else if fallback.get() == Some(false) {
                by_hand()
            } else {
                ""
            }}
        </p>
    }
}
