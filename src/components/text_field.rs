use leptos::prelude::*;

use crate::i18n::td_string;
use crate::state::{Text, tr};

/// A labelled input (or text area) with an optional hint and its validation message, tied together for
/// screen readers with `aria-describedby` and `aria-invalid`.
#[component]
pub fn TextField(
    id: &'static str,
    label: Text,
    #[prop(optional)] hint: Option<Text>,
    value: Signal<String>,
    on_input: Callback<String>,
    error: Signal<Option<String>>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] optional: bool,
    #[prop(optional)] multiline: bool,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
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
            <textarea id=id rows="5" aria-describedby=described.clone() aria-invalid=invalid
                prop:value=value on:input=input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id type=kind autocomplete=autocomplete aria-describedby=described aria-invalid=invalid
                prop:value=value on:input=input />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field-invalid=move || error.read().is_some()>
            <label for=id>
                {tr(label)}
                {optional.then(|| view! { " " <span class="muted">{tr(|l| td_string!(l, inq_optional))}</span> })}
            </label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{tr(h)}</p> })}
            {control}
            <Show when=move || error.read().is_some()>
                <p class="field-error" id=error_id.clone()>{move || error.get()}</p>
            </Show>
        </div>
    }
}
