use leptos::prelude::*;
use leptos_meta::Html;

use crate::i18n::use_i18n;

/// Keeps `<html lang>` on the current language: screen readers pick their pronunciation from it.
#[component]
pub fn DocumentLang() -> impl IntoView {
    let i18n = use_i18n();
    view! { <Html attr:lang=move || i18n.get_locale().code() /> }
}
