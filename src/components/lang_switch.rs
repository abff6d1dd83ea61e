use leptos::prelude::*;
use leptos_i18n::Locale as _;

use crate::i18n::{Locale, td_string, use_i18n};
use crate::state::tr;

/// Buttons naming each language in itself, so that a visitor who cannot read the current language can
/// still find their own.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let i18n = use_i18n();
    // `extra` is the part of the name a phone's header leaves out for room ("Bahasa " of "Bahasa
    // Indonesia"); what stays visible is still within the button's accessible name.
    let option = move |locale: Locale, extra: &'static str, label: &'static str| {
        view! {
            <button
                type="button"
                lang=locale.as_str()
                aria-pressed=move || (i18n.get_locale() == locale).to_string()
                on:click=move |_| i18n.set_locale(locale)
            >
                <span class="lang-extra">{extra}</span>
                {label}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label=tr(|l| td_string!(l, lang_switch_label))>
            {option(Locale::id, "Bahasa ", "Indonesia")}
            {option(Locale::en, "", "English")}
        </div>
    }
}
