use std::ops::RangeInclusive;

use leptos::prelude::*;

use crate::i18n::{t_string, use_i18n};
use crate::state::{Text, tr};

/// A slider over whole numbers with its value shown and announced, and a "less" and a "more" button for
/// those who cannot drag (WCAG 2.5.7). `value` comes from the URL and every change goes back through
/// `on_change`, so the slider never holds a value of its own that could disagree. The field stays in
/// place while its value changes, and a button at the end of the range is marked, not disabled, so that
/// the keyboard's focus stays where it was (pressing it then changes nothing).
#[component]
pub fn RangeField(
    id: &'static str,
    label: Text,
    #[prop(into)] value: Signal<u8>,
    range: RangeInclusive<u8>,
    #[prop(default = 1)] step: u8,
    /// The value as read out and shown, in the reader's language.
    #[prop(into)]
    value_text: Signal<String>,
    on_change: Callback<u8>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (min, max) = (*range.start(), *range.end());
    let by = move |delta: i16| {
        (i16::from(value.get_untracked()) + delta).clamp(i16::from(min), i16::from(max)) as u8
    };
    let what = tr(label);
    view! {
        <div class="field range-field">
            <label for=id>{tr(label)}</label>
            <div class="divider-row">
                <button type="button" class="button button-quiet" aria-disabled=move || { (value.get() <= min).to_string() }
                    aria-label=move || t_string!(i18n, mixer_less, what = what()).to_string()
                    on:click=move |_| on_change.run(by(-i16::from(step)))>"−"</button>
                <input id=id type="range" min=min.to_string() max=max.to_string() step=step.to_string()
                    prop:value=move || value.get().to_string() aria-valuetext=value_text
                    on:input=move |ev| {
                        // A range input only reports values within its bounds; anything else keeps the value.
                        let v = event_target_value(&ev).parse::<u8>().unwrap_or(value.get_untracked());
                        on_change.run(v.clamp(min, max));
                    } />
                <button type="button" class="button button-quiet" aria-disabled=move || { (value.get() >= max).to_string() }
                    aria-label=move || t_string!(i18n, mixer_more, what = what()).to_string()
                    on:click=move |_| on_change.run(by(i16::from(step)))>"+"</button>
            </div>
            <output for=id>{value_text}</output>
        </div>
    }
}
