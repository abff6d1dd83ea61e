use leptos::prelude::*;

use crate::i18n::{t_string, td_string, use_i18n};
use crate::state::tr;

/// A bar chart for those who would rather look than read, with a text alternative that says the same,
/// and the same numbers as a table a tap away. Bars follow the first value of each row; the table shows
/// every value, under `heads` (the rows' label first).
#[component]
pub fn BarChart(
    id: &'static str,
    #[prop(into)] caption: Signal<String>,
    #[prop(into)] heads: Signal<Vec<String>>,
    #[prop(into)] rows: Signal<Vec<(String, Vec<u64>)>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let caption_id = format!("{id}-caption");
    let labelled_by = caption_id.clone();
    let most = move || {
        rows.with(|r| r.iter().filter_map(|(_, v)| v.first().copied()).max())
            .unwrap_or(0)
            .max(1)
    };
    let alt = move || {
        let list = rows.with(|r| {
            r.iter()
                .map(|(label, v)| format!("{label} {}", v.first().copied().unwrap_or(0)))
                .collect::<Vec<_>>()
                .join(", ")
        });
        t_string!(i18n, chart_alt, what = caption.get(), list = list).to_string()
    };
    view! {
        <figure class="chart" aria-labelledby=labelled_by>
            <figcaption id=caption_id>{move || caption.get()}</figcaption>
            <div class="bars" role="img" aria-label=alt>
                {move || rows.get().into_iter().map(|(label, values)| {
                    let n = values.first().copied().unwrap_or(0);
                    let share = n as f64 * 100.0 / most() as f64;
                    view! {
                        <div class="bar-row">
                            <span class="bar-label">{label}</span>
                            // An SVG bar: its length is an attribute, which the style policy allows.
                            <svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                <rect class="bar" width=format!("{share:.1}") height="10" />
                            </svg>
                            <span class="bar-value">{n}</span>
                        </div>
                    }
                }).collect_view()}
            </div>
            <details class="chart-table">
                <summary>{tr(|l| td_string!(l, chart_table))}</summary>
                <table>
                    <thead><tr>{move || heads.get().into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|(label, values)| view! {
                            <tr>
                                <th scope="row">{label}</th>
                                {values.into_iter().map(|v| view! { <td>{v}</td> }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
