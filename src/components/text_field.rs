use leptos::prelude::*;

use crate::i18n::td_string;
use crate::state::{Text, tr};

/// A labelled input (or text area) with an optional hint and its validation message, tied together for
/// screen readers with `aria-describedby` and `aria-invalid`.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    /// A fixed text; or `label_text` for one made at run time ("Name in English").
    #[prop(optional)]
    label: Option<Text>,
    #[prop(optional, into)] label_text: Option<Signal<String>>,
    #[prop(optional)] hint: Option<Text>,
    /// A hint made at run time, shown after `hint`.
    #[prop(optional, into)]
    hint_text: Option<Signal<String>>,
    value: Signal<String>,
    on_input: Callback<String>,
    error: Signal<Option<String>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] optional: bool,
    #[prop(optional)] multiline: bool,
    /// The on-screen keyboard to offer (`decimal` for figures).
    #[prop(optional)]
    inputmode: Option<&'static str>,
) -> impl IntoView {
    let has_hint = hint.is_some() || hint_text.is_some();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.read().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.read().is_some().then_some("true");
    let input = move |ev| on_input.run(event_target_value(&ev));
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="5" aria-describedby=described.clone() aria-invalid=invalid
                prop:value=value on:input=input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type=kind autocomplete=autocomplete inputmode=inputmode aria-describedby=described aria-invalid=invalid
                prop:value=value on:input=input />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field-invalid=move || error.read().is_some()>
            <label for=id>
                {label.map(tr)}
                {label_text.map(|t| move || t.get())}
                {optional.then(|| view! { " " <span class="muted">{tr(|l| td_string!(l, inq_optional))}</span> })}
            </label>
            {has_hint.then(|| view! {
                <p class="hint" id=hint_id>
                    {hint.map(tr)}
                    {hint_text.map(|t| move || format!("{}{}", if hint.is_some() { " " } else { "" }, t.get()))}
                </p>
            })}
            {control}
            <Show when=move || error.read().is_some()>
                <p class="field-error" id=error_id.clone()>{move || error.get()}</p>
            </Show>
        </div>
    }
}
