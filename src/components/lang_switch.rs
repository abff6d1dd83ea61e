use leptos::prelude::*;

use crate::i18n::{Locale, td_string, use_i18n};
use crate::state::tr;

/// The interface's language, each named in itself so that a visitor who cannot read the current one
/// still finds their own. A list rather than a row of buttons: five languages do not fit a phone's
/// header side by side.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(locale) = Locale::parse(&event_target_value(&ev)) {
            i18n.set_locale(locale);
        }
    };
    view! {
        <label class="lang-switch">
            <span class="visually-hidden">{tr(|l| td_string!(l, lang_switch_label))}</span>
            <select
                on:change=on_change
                prop:value=move || i18n.loading().unwrap_or(i18n.get_locale()).code()
                aria-busy=move || i18n.loading().is_some().to_string()
            >
                {Locale::ALL
                    .into_iter()
                    .map(|locale| {
                        view! {
                            <option value=locale.code() lang=locale.code()>
                                {locale.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// Says when a chosen language could not be fetched (offline before it was ever loaded), while the
/// page stays readable in the language it was in.
#[component]
pub fn LangNotice() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show when=move || i18n.failed().is_some()>
            <div class="lang-notice" role="alert">
                <p>{tr(|l| td_string!(l, lang_load_failed))}</p>
            </div>
        </Show>
        <Show when=move || i18n.loading().is_some()>
            <p class="visually-hidden" role="status">{tr(|l| td_string!(l, lang_loading))}</p>
        </Show>
    }
}
