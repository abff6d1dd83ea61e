use leptos::prelude::*;

use crate::i18n::td_string;
use crate::state::{Text, tr};

/// A labelled select with a first "choose" entry and its validation message, tied to it for screen
/// readers like [`TextField`](super::TextField)'s. `options` are (value, label) in the reader's language.
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(optional)] label: Option<Text>,
    #[prop(optional, into)] label_text: Option<Signal<String>>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || error.read().is_some().then(|| error_id.clone())
    };
    view! {
        <div class="field" class:field-invalid=move || error.read().is_some()>
            <label for=id.clone()>
                {label.map(tr)}
                {label_text.map(|t| move || t.get())}
            </label>
            <select id=id aria-describedby=described aria-invalid=move || error.read().is_some().then_some("true")
                on:change=move |ev| on_change.run(event_target_value(&ev))>
                <option value="" selected=move || value.read().is_empty()>{tr(|l| td_string!(l, studio_choose))}</option>
                {move || options.get().into_iter().map(|(v, text)| {
                    let selected = v == value.get();
                    view! { <option value=v selected=selected>{text}</option> }
                }).collect_view()}
            </select>
            <Show when=move || error.read().is_some()>
                <p class="field-error" id=error_id.clone()>{move || error.get()}</p>
            </Show>
        </div>
    }
}
