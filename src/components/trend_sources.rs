use leptos::prelude::*;

use crate::domain::catalogue::model::Source;
use crate::i18n::td_string;
use crate::state::tr;

/// Where a trend reference comes from: each public source with its publisher and year, linked, so that
/// a maker can check it (the loader refuses a trend without one).
#[component]
pub fn TrendSources(sources: Vec<Source>) -> impl IntoView {
    let items = sources
        .into_iter()
        .map(|s| {
            let title = view! { <cite>{s.title.clone()}</cite> };
            let title = match s.url {
                Some(url) => {
                    view! { <a href=url rel="noopener noreferrer external">{title}</a> }.into_any()
                }
                None => title.into_any(),
            };
            view! { <li>{title}", "{s.publisher}", "{s.year}</li> }
        })
        .collect_view();
    view! {
        <details class="trend-sources">
            <summary>{tr(|l| td_string!(l, trend_sources))}</summary>
            <ul class="sources">{items}</ul>
        </details>
    }
}
