use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;

use crate::components::{BarChart, CatalogueGate, PageMeta};
use crate::domain::insights::{
    self, DayCounts, ImportProblem, Ranked, conversion_percent, export_csv, export_json, per_day,
    per_day_of, ranked, rankings, sum, totals,
};
use crate::domain::pricing::format;
use crate::domain::{Catalogue, Form, ItemRef, Lang};
use crate::i18n::{I18n, t_string, td_string, use_i18n};
use crate::labels;
use crate::platform::files;
use crate::routes;
use crate::state::{Text, tr, use_insights, use_kiosk, use_lang};

/// How many rows a ranking shows.
const TOP: usize = 8;

/// What visitors looked at and asked for, for the collective and the trade office: on a kiosk, for
/// staff only (behind the staff PIN); on a maker's own device, open.
#[component]
pub fn InsightsPage() -> impl IntoView {
    let i18n = use_i18n();
    let kiosk = use_kiosk();
    view! {
        <PageMeta
            title=move || t_string!(i18n, insights_title).to_string()
            description=move || t_string!(i18n, insights_description).to_string()
        />
        <h1 class="page-title">{tr(|l| td_string!(l, insights_title))}</h1>
        <p class="lede">{tr(|l| td_string!(l, insights_description))}</p>
        {move || if kiosk.staff() {
            view! { <CatalogueGate children=move |catalogue| view! { <Report catalogue=catalogue /> } /> }.into_any()
        } else {
            view! {
                <p class="notice">{tr(|l| td_string!(l, insights_locked))}" "
                    <A href=routes::localized(routes::STAFF)>{tr(|l| td_string!(l, insights_staff_link))}</A>
                </p>
            }.into_any()
        }}
    }
}

#[component]
fn Report(catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let insights = use_insights();
    let report = LocalResource::new(move || {
        insights.written().track();
        async move { insights.report().await }
    });
    let cat = StoredValue::new(catalogue);
    view! {
        {move || (!insights.counting()).then(|| view! { <p class="notice">{tr(|l| td_string!(l, insights_off))}</p> })}
        {move || match report.get() {
            None => ().into_any(),
            Some(Err(e)) => view! {
                <p class="notice notice-error" role="alert">{t_string!(i18n, insights_store_failed, detail = e.detail().to_owned()).to_string()}</p>
            }.into_any(),
            Some(Ok(days)) if days.is_empty() => view! { <p class="empty">{tr(|l| td_string!(l, insights_empty))}</p> }.into_any(),
            Some(Ok(days)) => view! { <Figures days=days catalogue=cat.get_value() /> }.into_any(),
        }}
        <Files report=report />
    }
}

/// A counter's subject as the reader knows it: a design's or motif's name, a form's, a language's.
fn design_name(c: &Catalogue, id: &str, lang: Lang) -> String {
    c.design(id)
        .map_or_else(|| id.to_owned(), |d| d.name.get(lang).to_owned())
}

fn motif_name(c: &Catalogue, id: &str, lang: Lang) -> String {
    c.motif(id)
        .map_or_else(|| id.to_owned(), |m| m.name.get(lang).to_owned())
}

/// A ranking's rows for a chart: the subject's name, its interest and inquiries.
fn rows(ranked: &[Ranked], name: impl Fn(&str) -> String) -> Vec<(String, Vec<u64>)> {
    ranked
        .iter()
        .map(|r| (name(&r.key), vec![r.interest, r.inquiries]))
        .collect()
}

#[component]
fn Figures(days: Vec<DayCounts>, catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let t = totals(&days);
    let devices = days
        .iter()
        .map(|d| &d.device)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let day_count = days
        .iter()
        .map(|d| &d.day)
        .collect::<std::collections::BTreeSet<_>>()
        .len();
    let views = sum(&t, "view.");
    let compares = t.get("compare").copied().unwrap_or(0);
    let shortlisted = sum(&t, "shortlist.");
    let kept = sum(&t, "mix_kept.");
    let inquiries = t.get("inquiry").copied().unwrap_or(0);
    let conversion = conversion_percent(&t);

    let ranks = rankings(&t, &catalogue, TOP);
    let (r1, r2, r3) = (ranks.clone(), ranks.clone(), ranks.clone());
    let (c1, c2, c3) = (catalogue.clone(), catalogue.clone(), catalogue.clone());
    let t4 = t.clone();
    let design_rows = Signal::derive(move || {
        let l = lang.get();
        rows(&r1.designs, |k| design_name(&c1, k, l))
    });
    let motif_rows = Signal::derive(move || {
        let l = lang.get();
        rows(&r2.motifs, |k| motif_name(&c2, k, l))
    });
    let form_rows = Signal::derive(move || {
        rows(&r3.forms, |k| {
            Form::from_key(k).map_or_else(|| k.to_owned(), |f| labels::form(i18n, f))
        })
    });
    let day_rows = Signal::derive({
        let days = days.clone();
        move || {
            let views = per_day(&days, "view.");
            let asked = per_day_of(&days, "inquiry");
            views
                .into_iter()
                .zip(asked)
                .map(|((day, v), (_, q))| (labels::date(i18n, &day), vec![v, q]))
                .collect::<Vec<_>>()
        }
    });
    let country_rows = Signal::derive({
        let t = t4.clone();
        move || {
            ranked(&t, "inquiry.country.")
                .into_iter()
                .take(TOP)
                .map(|(k, n)| (k, vec![n]))
                .collect::<Vec<_>>()
        }
    });
    let language_rows = Signal::derive({
        let t = t4.clone();
        move || {
            ranked(&t, "inquiry.language.")
                .into_iter()
                .map(|(k, n)| {
                    let name = Lang::parse(&k).map_or(k, |l| labels::language(i18n, l));
                    (name, vec![n])
                })
                .collect::<Vec<_>>()
        }
    });
    // Asked for or kept, but not a design of the catalogue: custom requests and mixer designs.
    let custom_rows = move || ranks.custom.clone();
    let c4 = c3.clone();
    let name_of = move |key: &str| {
        ItemRef::parse(key)
            .and_then(|item| labels::item_name(lang.get(), &c4, &item))
            .unwrap_or_else(|| key.to_owned())
    };
    let link_of = |key: &str| match ItemRef::parse(key) {
        Some(ItemRef::Mix(m)) => Some(routes::mixer(&m, None, None)),
        Some(item @ ItemRef::Sketch { .. }) => Some(routes::mixer_from(&item)),
        _ => None,
    };
    let figure = move |label: Text, value: String| view! { <div class="insight-figure"><dt>{tr(label)}</dt><dd>{value}</dd></div> };
    view! {
        <p class="muted">{move || t_string!(i18n, insights_scope, devices = devices, days = day_count).to_string()}</p>
        <section aria-labelledby="insights-summary">
            <h2 id="insights-summary">{tr(|l| td_string!(l, insights_summary))}</h2>
            <dl class="insight-figures">
                {figure(|l| td_string!(l, insights_views), views.to_string())}
                {figure(|l| td_string!(l, insights_compares), compares.to_string())}
                {figure(|l| td_string!(l, insights_shortlisted), shortlisted.to_string())}
                {figure(|l| td_string!(l, insights_mixes_kept), kept.to_string())}
                {figure(|l| td_string!(l, insights_inquiries), inquiries.to_string())}
                <div class="insight-figure">
                    <dt>{tr(|l| td_string!(l, insights_conversion))}</dt>
                    <dd>{move || match conversion {
                        Some(p) => t_string!(i18n, insights_conversion_value, percent = format::decimal(p, 1, lang.get())).to_string(),
                        None => "—".to_owned(),
                    }}</dd>
                    <dd class="insight-note">{tr(|l| td_string!(l, insights_conversion_note))}</dd>
                </div>
            </dl>
            <p class="muted">{tr(|l| td_string!(l, insights_interest_note))}</p>
        </section>
        <section aria-labelledby="insights-days-caption" class="insight-section">
            <BarChart id="insights-days" caption=Signal::derive(move || t_string!(i18n, insights_days_heading).to_string())
                heads=Signal::derive(move || vec![
                    t_string!(i18n, insights_col_day).to_string(),
                    t_string!(i18n, insights_views).to_string(),
                    t_string!(i18n, insights_col_inquiries).to_string(),
                ])
                rows=day_rows />
        </section>
        <section aria-labelledby="insights-designs-caption" class="insight-section">
            <BarChart id="insights-designs" caption=Signal::derive(move || t_string!(i18n, insights_designs_heading).to_string())
                heads=Signal::derive(move || vec![
                    t_string!(i18n, insights_col_design).to_string(),
                    t_string!(i18n, insights_col_interest).to_string(),
                    t_string!(i18n, insights_col_inquiries).to_string(),
                ])
                rows=design_rows />
        </section>
        <section aria-labelledby="insights-motifs-caption" class="insight-section">
            <BarChart id="insights-motifs" caption=Signal::derive(move || t_string!(i18n, insights_motifs_heading).to_string())
                heads=Signal::derive(move || vec![
                    t_string!(i18n, insights_col_motif).to_string(),
                    t_string!(i18n, insights_col_interest).to_string(),
                    t_string!(i18n, insights_col_inquiries).to_string(),
                ])
                rows=motif_rows />
        </section>
        <section aria-labelledby="insights-forms-caption" class="insight-section">
            <BarChart id="insights-forms" caption=Signal::derive(move || t_string!(i18n, insights_forms_heading).to_string())
                heads=Signal::derive(move || vec![
                    t_string!(i18n, insights_col_form).to_string(),
                    t_string!(i18n, insights_col_interest).to_string(),
                    t_string!(i18n, insights_col_inquiries).to_string(),
                ])
                rows=form_rows />
        </section>
        <section aria-labelledby="insights-countries-caption" class="insight-section">
            <BarChart id="insights-countries" caption=Signal::derive(move || t_string!(i18n, insights_countries_heading).to_string())
                heads=Signal::derive(move || vec![
                    t_string!(i18n, insights_col_country).to_string(),
                    t_string!(i18n, insights_col_inquiries).to_string(),
                ])
                rows=country_rows />
            <BarChart id="insights-languages" caption=Signal::derive(move || t_string!(i18n, insights_languages_heading).to_string())
                heads=Signal::derive(move || vec![
                    t_string!(i18n, insights_col_language).to_string(),
                    t_string!(i18n, insights_col_inquiries).to_string(),
                ])
                rows=language_rows />
        </section>
        <section aria-labelledby="insights-custom" class="insight-section">
            <h2 id="insights-custom">{tr(|l| td_string!(l, insights_custom_heading))}</h2>
            <p class="muted">{tr(|l| td_string!(l, insights_custom_intro))}</p>
            {move || {
                let rows = custom_rows();
                if rows.is_empty() {
                    return view! { <p class="empty">{tr(|l| td_string!(l, insights_custom_none))}</p> }.into_any();
                }
                view! {
                    <table class="insight-table">
                        <thead><tr>
                            <th scope="col">{tr(|l| td_string!(l, insights_col_request))}</th>
                            <th scope="col">{tr(|l| td_string!(l, insights_col_kept))}</th>
                            <th scope="col">{tr(|l| td_string!(l, insights_col_inquiries))}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|Ranked { key, interest: kept, inquiries: asked }| {
                                let name = name_of(&key);
                                let cell = match link_of(&key) {
                                    Some(href) => view! { <A href=routes::localized(href)>{name}</A> }.into_any(),
                                    None => name.into_any(),
                                };
                                view! { <tr><th scope="row">{cell}</th><td>{kept}</td><td>{asked}</td></tr> }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

/// Export the report (as JSON or CSV) and merge other kiosks' exports into it.
#[component]
fn Files(
    report: LocalResource<Result<Vec<DayCounts>, crate::platform::json_store::StoreError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let insights = use_insights();
    let outcome = RwSignal::new(None::<Result<usize, String>>);
    let days = move || report.get().and_then(Result::ok).unwrap_or_default();
    let export_json_file = move |_| {
        files::download(
            "perak-insights.json",
            "application/json",
            &export_json(&days()),
        );
    };
    let export_csv_file = move |_| {
        files::download("perak-insights.csv", "text/csv", &export_csv(&days()));
    };
    let import = move |ev: leptos::ev::Event| {
        spawn_local(async move {
            let read = match files::read_chosen_file(&ev, insights::MAX_FILE_BYTES).await {
                Some(Ok(text)) => insights::import(&text),
                Some(Err(files::ChosenFileError::TooLarge)) => Err(ImportProblem::TooLarge {
                    max_mb: insights::MAX_FILE_BYTES / (1024 * 1024),
                }),
                Some(Err(files::ChosenFileError::Unreadable(detail))) => {
                    Err(ImportProblem::Damaged { detail })
                }
                None => return,
            };
            let result = match read {
                Ok(days) => {
                    let n = days.len();
                    insights.merge(days).await.map(|()| n).map_err(|e| {
                        t_string!(i18n, insights_store_failed, detail = e.detail().to_owned())
                            .to_string()
                    })
                }
                Err(p) => Err(problem(i18n, &p)),
            };
            outcome.set(Some(result));
        });
    };
    view! {
        <section aria-labelledby="insights-files" class="insight-section">
            <h2 id="insights-files">{tr(|l| td_string!(l, insights_export_heading))}</h2>
            <p>{tr(|l| td_string!(l, insights_export_body))}</p>
            <div class="actions">
                <button type="button" class="button" on:click=export_json_file>{tr(|l| td_string!(l, insights_export_json))}</button>
                <button type="button" class="button button-quiet" on:click=export_csv_file>{tr(|l| td_string!(l, insights_export_csv))}</button>
                <label class="button button-quiet file-button" for="insights-import">{tr(|l| td_string!(l, insights_import))}</label>
                <input id="insights-import" class="visually-hidden" type="file" accept=".json,.csv,application/json,text/csv" on:change=import />
            </div>
            <p role="status">{move || outcome.get().map(|r| match r {
                Ok(n) => view! { {t_string!(i18n, insights_imported, count = n).to_string()} }.into_any(),
                Err(m) => view! { <span class="field-error">{m}</span> }.into_any(),
            })}</p>
        </section>
    }
}

fn problem(i18n: I18n, p: &ImportProblem) -> String {
    match p {
        ImportProblem::TooLarge { max_mb } => {
            t_string!(i18n, insights_import_too_large, max = *max_mb).to_string()
        }
        ImportProblem::NotAnExport => t_string!(i18n, insights_import_not_export).to_string(),
        ImportProblem::NewerVersion { found } => {
            t_string!(i18n, insights_import_newer, version = *found).to_string()
        }
        ImportProblem::Damaged { detail } => {
            t_string!(i18n, insights_import_damaged, detail = detail.clone()).to_string()
        }
    }
}
