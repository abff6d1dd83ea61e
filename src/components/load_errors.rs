use leptos::prelude::*;

use crate::components::PageMeta;
use crate::domain::LoadError;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::labels;
use crate::state::{tr, use_catalogue};

/// The page shown when the catalogue data cannot be used: every problem with its file, entry and field.
#[component]
pub fn LoadErrors(errors: Vec<LoadError>) -> impl IntoView {
    let i18n = use_i18n();
    let catalogue = use_catalogue();
    let items = errors
        .into_iter()
        .map(|e| {
            let problem = e.problem.clone();
            let location = move || labels::location(i18n, &e);
            view! {
                <li>
                    <strong>{location}": "</strong>
                    {move || labels::problem(i18n, &problem)}
                </li>
            }
        })
        .collect_view();
    view! {
        <PageMeta title=move || t_string!(i18n, error_title).to_string() description=move || t_string!(i18n, error_intro).to_string() />
        <section class="page load-errors" role="alert" aria-labelledby="load-errors-title">
            <h1 id="load-errors-title">{tr(|l| td_string!(l, error_title))}</h1>
            <p>{tr(|l| td_string!(l, error_intro))}</p>
            <ul class="problems">{items}</ul>
            <button type="button" class="button" on:click=move |_| catalogue.reload()>
                {tr(|l| td_string!(l, error_retry))}
            </button>
        </section>
    }
}
