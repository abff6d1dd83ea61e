use leptos::prelude::*;

use crate::state::{Text, tr};

/// A group of checkboxes under one legend, for choosing several of a list (motifs, techniques), with
/// the group's validation message. `options` are (value, label) in the reader's language.
#[component]
pub fn CheckGroup(
    /// Prefix of the boxes' ids; each box is `{id}-{value}`.
    id: &'static str,
    legend: Text,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] chosen: Signal<Vec<String>>,
    /// Called with a value and whether it is now ticked.
    on_toggle: Callback<(String, bool)>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        <fieldset class="check-group" aria-describedby=move || error.read().is_some().then(|| format!("{id}-error"))>
            <legend>{tr(legend)}</legend>
            {move || options.get().into_iter().map(|(value, text)| {
                let box_id = format!("{id}-{value}");
                let checked = {
                    let value = value.clone();
                    move || chosen.read().contains(&value)
                };
                view! {
                    <div class="choice">
                        <input type="checkbox" id=box_id.clone() prop:checked=checked
                            on:change=move |ev| on_toggle.run((value.clone(), event_target_checked(&ev))) />
                        <label for=box_id>{text}</label>
                    </div>
                }
            }).collect_view()}
            <Show when=move || error.read().is_some()>
                <p class="field-error" id=error_id.clone()>{move || error.get()}</p>
            </Show>
        </fieldset>
    }
}
