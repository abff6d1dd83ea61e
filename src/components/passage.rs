use leptos::prelude::*;

use crate::domain::{Lang, Localized};
use crate::i18n::td_string;
use crate::state::{tr, use_lang};

/// A paragraph of catalogue text in the reader's language; where that translation is missing, the
/// English text marked `lang="en"` (screen readers switch voice) with a note saying so.
#[component]
pub fn Passage(text: Localized) -> impl IntoView {
    let lang = use_lang();
    // The text shown, and whether it stands in for a missing translation.
    let resolved = Memo::new(move |_| {
        let (shown, actual) = text.resolve(lang.get());
        (shown.to_owned(), actual != lang.get())
    });
    let fallback = move || resolved.with(|r| r.1);
    view! {
        <p lang=move || fallback().then_some(Lang::En.code())>
            {move || resolved.with(|r| r.0.clone())}
            <Show when=fallback>
                " "
                <span class="fallback-note" lang=move || lang.get().code()>
                    {tr(|l| td_string!(l, content_in_english))}
                </span>
            </Show>
        </p>
    }
}
