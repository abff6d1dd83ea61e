use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::NavigateOptions;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::components::{CatalogueGate, DraftForm, PageMeta, StudioPublish, TrendPhotosForm};
use crate::domain::Catalogue;
use crate::domain::catalogue::mix::Mix;
use crate::domain::studio::draft::{Change, DesignDraft};
use crate::domain::studio::trend_draft::TrendDraft;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::routes;
use crate::state::{
    Studio, StudioLoaded, provide_photo_jobs, provide_studio, tr, use_kiosk, use_lang, use_studio,
};

/// The makers' studio: new designs, edits and withdrawals as drafts on this device. On a kiosk, for
/// staff only (behind the staff PIN); on a maker's own device, open.
#[component]
pub fn StudioPage() -> impl IntoView {
    let i18n = use_i18n();
    let kiosk = use_kiosk();
    let studio = provide_studio();
    provide_photo_jobs(studio);
    view! {
        <PageMeta
            title=move || t_string!(i18n, studio_title).to_string()
            description=move || t_string!(i18n, studio_description).to_string()
        />
        <h1 class="page-title">{tr(|l| td_string!(l, studio_title))}</h1>
        <p class="lede">{tr(|l| td_string!(l, studio_description))}</p>
        {move || if kiosk.staff() {
            view! { <CatalogueGate children=move |catalogue| view! { <Workbench catalogue=catalogue /> } /> }.into_any()
        } else {
            view! {
                <p class="notice">{tr(|l| td_string!(l, studio_locked))}" "
                    <A href=routes::localized(routes::STAFF)>{tr(|l| td_string!(l, insights_staff_link))}</A>
                </p>
            }.into_any()
        }}
    }
}

/// The drafts once they are read: one draft (`?draft=`), a new one from a mixer design (`?mix=`), or
/// the list.
#[component]
fn Workbench(catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let studio = use_studio();
    let query = use_query_map();
    let open = Memo::new(move |_| query.read().get("draft"));
    // Which kind of draft the one asked for is, if it is here, as a memo: the form must not be rebuilt
    // at every keystroke.
    let found = Memo::new(move |_| {
        open.get().map(|uid| {
            if studio.draft(&uid).is_some() {
                Some(DraftKind::Design)
            } else if studio.trend_draft(&uid).is_some() {
                Some(DraftKind::Trend)
            } else {
                None
            }
        })
    });
    let from_mix = Memo::new(move |_| query.read().get("mix").and_then(|k| Mix::from_key(&k)));
    let create_error = RwSignal::new(None::<String>);
    let navigate = use_navigate();
    // A mixer design becomes a draft once, when the drafts are read; its address then names the draft,
    // so a reload opens it instead of making another.
    {
        let catalogue = catalogue.clone();
        Effect::new(move |_| {
            let (Some(mix), StudioLoaded::Ready { .. }) = (from_mix.get(), studio.loaded().get())
            else {
                return;
            };
            let (uid, today) = Studio::fresh();
            let draft = DesignDraft::from_mix(uid.clone(), &mix, &catalogue, &today);
            let navigate = navigate.clone();
            spawn_local(async move {
                match studio.create(draft).await {
                    Ok(()) => navigate(
                        &routes::studio_draft(&uid),
                        NavigateOptions {
                            replace: true,
                            ..Default::default()
                        },
                    ),
                    Err(e) => create_error.set(Some(e.detail().to_owned())),
                }
            });
        });
    }
    let cat = StoredValue::new(catalogue);
    view! {
        {move || create_error.get().map(|detail| view! {
            <p class="notice notice-error" role="alert">{t_string!(i18n, studio_save_failed, detail = detail).to_string()}</p>
        })}
        {move || match studio.loaded().get() {
            StudioLoaded::Reading => view! { <p class="loading" role="status">{tr(|l| td_string!(l, loading))}</p> }.into_any(),
            StudioLoaded::Failed(e) => view! {
                <p class="notice notice-error" role="alert">{t_string!(i18n, studio_load_failed, detail = e.detail().to_owned()).to_string()}</p>
            }.into_any(),
            StudioLoaded::Ready { unreadable } => match (open.get(), found.get()) {
                (Some(uid), Some(Some(DraftKind::Design))) => view! { <DraftForm uid=uid catalogue=cat.get_value() /> }.into_any(),
                (Some(uid), Some(Some(DraftKind::Trend))) => view! { <TrendPhotosForm uid=uid catalogue=cat.get_value() /> }.into_any(),
                (Some(_), _) => view! {
                        <p class="notice" role="alert">{tr(|l| td_string!(l, studio_not_found))}</p>
                        <A href=routes::localized(routes::STUDIO)>{tr(|l| td_string!(l, studio_back))}</A>
                    }.into_any(),
                (None, _) if from_mix.read().is_some() => ().into_any(),
                (None, _) => view! { <DraftList catalogue=cat.get_value() unreadable=unreadable /> }.into_any(),
            },
        }}
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DraftKind {
    Design,
    Trend,
}

/// The device's drafts with what each would change and whether it is ready, and the ways to start one.
#[component]
fn DraftList(catalogue: Arc<Catalogue>, unreadable: usize) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let studio = use_studio();
    let navigate = use_navigate();
    let failed = RwSignal::new(None::<String>);
    let start = {
        let navigate = navigate.clone();
        move |draft: DesignDraft| {
            let navigate = navigate.clone();
            let uid = draft.uid.clone();
            spawn_local(async move {
                match studio.create(draft).await {
                    Ok(()) => navigate(&routes::studio_draft(&uid), Default::default()),
                    Err(e) => failed.set(Some(e.detail().to_owned())),
                }
            });
        }
    };
    let new_design = {
        let start = start.clone();
        move |_| {
            let (uid, today) = Studio::fresh();
            start(DesignDraft::new(uid, &today));
        }
    };
    let picked = RwSignal::new(
        catalogue
            .designs
            .first()
            .map(|d| d.id.clone())
            .unwrap_or_default(),
    );
    let cat = StoredValue::new(catalogue.clone());
    let from_catalogue = move |how: Change| {
        let start = start.clone();
        move |_| {
            let Some(design) = cat.with_value(|c| c.design(&picked.get_untracked()).cloned())
            else {
                return;
            };
            let (uid, today) = Studio::fresh();
            start(match how {
                Change::Add => {
                    DesignDraft::from_design(uid.clone(), &design).duplicate(uid, &today)
                }
                Change::Edit => DesignDraft::from_design(uid, &design),
                Change::Withdraw => DesignDraft::withdrawal(uid, &design),
            });
        }
    };
    let trend_picked = RwSignal::new(
        catalogue
            .trends
            .first()
            .map(|t| t.id.clone())
            .unwrap_or_default(),
    );
    // Set while a new trend draft is being written, so that a second tap cannot make a second one.
    let creating = RwSignal::new(false);
    let trend_failed = RwSignal::new(None::<String>);
    // One draft per trend: its photos are opened where they are being written, or a draft starts
    // from the photos the trend has.
    let trend_photos = {
        let navigate = navigate.clone();
        move |_| {
            if creating.get_untracked() {
                return;
            }
            let id = trend_picked.get_untracked();
            let held = studio
                .trend_drafts()
                .with_untracked(|ds| ds.iter().find(|d| d.trend == id).map(|d| d.uid.clone()));
            if let Some(uid) = held {
                navigate(&routes::studio_draft(&uid), Default::default());
                return;
            }
            let Some(trend) = cat.with_value(|c| c.trend(&id).cloned()) else {
                return;
            };
            let (uid, _) = Studio::fresh();
            let navigate = navigate.clone();
            creating.set(true);
            trend_failed.set(None);
            spawn_local(async move {
                let outcome = studio
                    .create_trend(TrendDraft::new(uid.clone(), &trend))
                    .await;
                let _ = creating.try_set(false);
                match outcome {
                    Ok(()) => navigate(&routes::studio_draft(&uid), Default::default()),
                    Err(e) => {
                        let _ = trend_failed.try_set(Some(e.detail().to_owned()));
                    }
                }
            });
        }
    };
    let trend_options = catalogue
        .trends
        .iter()
        .map(|t| {
            let (id, name) = (t.id.clone(), t.name.clone());
            view! { <option value=id>{move || name.get(lang.get()).to_owned()}</option> }
        })
        .collect_view();
    let options = catalogue
        .designs
        .iter()
        .map(|d| {
            let (id, name) = (d.id.clone(), d.name.clone());
            view! { <option value=id>{move || name.get(lang.get()).to_owned()}</option> }
        })
        .collect_view();
    view! {
        {move || failed.get().map(|detail| view! {
            <p class="notice notice-error" role="alert">{t_string!(i18n, studio_save_failed, detail = detail).to_string()}</p>
        })}
        {(unreadable > 0).then(|| view! {
            <p class="notice" role="status">{t_string!(i18n, studio_unreadable, count = unreadable).to_string()}</p>
        })}
        <div class="actions">
            <button type="button" class="button" on:click=new_design>{tr(|l| td_string!(l, studio_new))}</button>
        </div>
        <section class="studio-section" aria-labelledby="studio-drafts-heading">
            <h2 id="studio-drafts-heading">{tr(|l| td_string!(l, studio_drafts))}</h2>
            <p class="hint">{tr(|l| td_string!(l, studio_publish_note))}</p>
            {move || if studio.drafts().read().is_empty() && studio.trend_drafts().read().is_empty() {
                view! { <p class="empty">{tr(|l| td_string!(l, studio_no_drafts))}</p> }.into_any()
            } else {
                view! {
                    <ul class="draft-list">
                        <For each=move || studio.drafts().get() key=|d| (d.uid.clone(), d.updated_ms) let(draft)>
                            <DesignDraftRow draft=draft catalogue=cat.get_value() />
                        </For>
                        <For each=move || studio.trend_drafts().get() key=|d| (d.uid.clone(), d.updated_ms) let(draft)>
                            <TrendDraftRow draft=draft catalogue=cat.get_value() />
                        </For>
                    </ul>
                }.into_any()
            }}
        </section>
        <StudioPublish catalogue=cat.get_value() />
        <section class="studio-section" aria-labelledby="studio-catalogue-heading">
            <h2 id="studio-catalogue-heading">{tr(|l| td_string!(l, studio_from_catalogue))}</h2>
            <div class="field">
                <label for="studio-pick">{tr(|l| td_string!(l, studio_pick_design))}</label>
                <select id="studio-pick" prop:value=picked on:change=move |ev| picked.set(event_target_value(&ev))>
                    {options}
                </select>
            </div>
            <div class="actions">
                <button type="button" class="button" on:click=from_catalogue(Change::Edit)>{tr(|l| td_string!(l, studio_edit))}</button>
                <button type="button" class="button button-quiet" on:click=from_catalogue(Change::Add)>{tr(|l| td_string!(l, studio_duplicate))}</button>
                <button type="button" class="button button-quiet" on:click=from_catalogue(Change::Withdraw)>{tr(|l| td_string!(l, studio_withdraw))}</button>
            </div>
        </section>
        <section class="studio-section" aria-labelledby="studio-trends-heading">
            <h2 id="studio-trends-heading">{tr(|l| td_string!(l, studio_trends))}</h2>
            <p class="hint">{tr(|l| td_string!(l, studio_trends_hint))}</p>
            <div class="field">
                <label for="studio-pick-trend">{tr(|l| td_string!(l, studio_pick_trend))}</label>
                <select id="studio-pick-trend" prop:value=trend_picked on:change=move |ev| trend_picked.set(event_target_value(&ev))>
                    {trend_options}
                </select>
            </div>
            <div class="actions">
                <button type="button" class="button" on:click=trend_photos aria-disabled=move || creating.get().to_string()>
                    {tr(|l| td_string!(l, studio_trend_photos))}
                </button>
            </div>
            {move || trend_failed.get().map(|detail| view! {
                <p class="notice notice-error" role="alert">{t_string!(i18n, studio_save_failed, detail = detail).to_string()}</p>
            })}
        </section>
    }
}

#[component]
fn DesignDraftRow(draft: DesignDraft, catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let studio = use_studio();
    let others = studio.ids_besides(&draft.uid);
    let to_fix = draft
        .check(&catalogue, &others)
        .err()
        .map_or(0, |p| p.len());
    let title = {
        let draft = draft.clone();
        move || {
            draft.title(lang.get()).map_or_else(
                || t_string!(i18n, studio_untitled).to_string(),
                str::to_owned,
            )
        }
    };
    let base_name = draft
        .base
        .as_deref()
        .and_then(|id| catalogue.design(id))
        .map(|d| d.name.clone());
    let change = draft.change();
    let what = move || {
        let name = base_name
            .as_ref()
            .map(|n| n.get(lang.get()).to_owned())
            .unwrap_or_default();
        match change {
            Change::Add => t_string!(i18n, studio_change_add).to_string(),
            Change::Edit => t_string!(i18n, studio_change_edit, name = name).to_string(),
            Change::Withdraw => t_string!(i18n, studio_change_withdraw, name = name).to_string(),
        }
    };
    view! { <DraftRow uid=draft.uid title=Signal::derive(title) what=Signal::derive(what) to_fix=to_fix /> }
}

/// A draft of a trend reference's photos in the list: the trend's name, how many photos it will have.
#[component]
fn TrendDraftRow(draft: TrendDraft, catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let to_fix = draft.check(&catalogue).err().map_or(0, |p| p.len());
    let name = catalogue.trend(&draft.trend).map(|t| t.name.clone());
    let title = move || {
        name.as_ref()
            .map(|n| n.get(lang.get()).to_owned())
            .unwrap_or_else(|| t_string!(i18n, studio_untitled).to_string())
    };
    let count = draft.photos.len();
    let what = move || t_string!(i18n, studio_change_trend_photos, count = count).to_string();
    view! { <DraftRow uid=draft.uid title=Signal::derive(title) what=Signal::derive(what) to_fix=to_fix /> }
}

/// One draft in the list, of either kind: its link, what it would change, whether it is ready, and
/// its deletion behind a confirmation.
#[component]
fn DraftRow(
    uid: String,
    title: Signal<String>,
    what: Signal<String>,
    to_fix: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let studio = use_studio();
    let href = routes::localized(routes::studio_draft(&uid));
    let confirming = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let delete = move |_| {
        let uid = uid.clone();
        spawn_local(async move {
            if let Err(e) = studio.delete(&uid).await {
                failed.set(Some(e.detail().to_owned()));
            }
        });
    };
    let title_for_button = title;
    view! {
        <li class="draft-row">
            <A href=href>
                <strong>{title}</strong>
            </A>
            <span>{what}</span>
            <span class=if to_fix == 0 { "badge badge-ok" } else { "badge" }>
                {move || if to_fix == 0 {
                    t_string!(i18n, studio_ready).to_string()
                } else {
                    t_string!(i18n, studio_to_fix, count = to_fix).to_string()
                }}
            </span>
            {move || if confirming.get() {
                view! {
                    <span class="confirm" role="group" aria-label=title_for_button>
                        <span>{tr(|l| td_string!(l, studio_delete_confirm))}</span>
                        <button type="button" class="button button-danger" on:click=delete.clone()>{tr(|l| td_string!(l, studio_delete_yes))}</button>
                        <button type="button" class="button button-quiet" on:click=move |_| confirming.set(false)>{tr(|l| td_string!(l, studio_delete_no))}</button>
                    </span>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="button button-quiet" on:click=move |_| confirming.set(true)>
                        {move || t_string!(i18n, studio_delete_draft, name = title.get()).to_string()}
                    </button>
                }.into_any()
            }}
            {move || failed.get().map(|detail| view! {
                <p class="notice notice-error" role="alert">{t_string!(i18n, studio_save_failed, detail = detail).to_string()}</p>
            })}
        </li>
    }
}
