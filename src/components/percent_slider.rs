use leptos::prelude::*;

use crate::domain::studio::compare::step_percent;
use crate::state::{Text, tr};

/// Buttons that move a slider by this much, for those who cannot drag (WCAG 2.5.7).
const STEP: i16 = 10;

/// A 0–100 % slider with its value shown and announced. `value` comes from the URL and every change
/// goes back through `on_change`, so the slider never holds a value of its own that could disagree.
#[component]
pub fn PercentSlider(
    id: &'static str,
    label: Text,
    value: u8,
    on_change: Callback<u8>,
    /// Labels for a "less" and a "more" button on either side of the slider.
    #[prop(optional)]
    steps: Option<(Text, Text)>,
) -> impl IntoView {
    let percent = format!("{value}%");
    let slider = view! {
        <input id=id type="range" min="0" max="100" step="5" prop:value=value.to_string()
            aria-valuetext=percent.clone()
            on:input=move |ev| {
                // A range input only ever reports its own bounds; the fallback is the middle.
                let v = event_target_value(&ev).parse::<u8>().unwrap_or(50);
                on_change.run(v.min(100));
            } />
    };
    let control = match steps {
        None => slider.into_any(),
        Some((less, more)) => view! {
            <div class="divider-row">
                <button type="button" class="button button-quiet" on:click=move |_| on_change.run(step_percent(value, -STEP))>
                    "◀ "{tr(less)}
                </button>
                {slider}
                <button type="button" class="button button-quiet" on:click=move |_| on_change.run(step_percent(value, STEP))>
                    {tr(more)}" ▶"
                </button>
            </div>
        }
        .into_any(),
    };
    view! {
        <div class="field range-field">
            <label for=id>{tr(label)}</label>
            {control}
            <output for=id>{percent}</output>
        </div>
    }
}
