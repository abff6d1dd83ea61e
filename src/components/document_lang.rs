use leptos::prelude::*;
use leptos_meta::Html;

use crate::i18n::{td_string, use_i18n};
use crate::state::tr;

/// Keeps `<html lang>` on the current language: screen readers pick their pronunciation from it. The
/// texts of index.html's crash notice sit beside it, since that notice is shown by a script that must
/// work after the app has stopped.
#[component]
pub fn DocumentLang() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Html
            attr:lang=move || i18n.get_locale().code()
            attr:data-crash=tr(|l| td_string!(l, crash_notice))
            attr:data-crash-reload=tr(|l| td_string!(l, crash_reload))
        />
    }
}
