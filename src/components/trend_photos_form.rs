use std::collections::HashSet;
use std::sync::Arc;

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::DraftPhotos;
use crate::components::PhotoSheet;
use crate::components::draft_form::{ProblemSummary, SaveStatus};
use crate::domain::Catalogue;
use crate::domain::studio::draft::problem_for;
use crate::domain::studio::photos::PhotoEdit;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::labels;
use crate::routes;
use crate::state::{tr, use_lang, use_studio};

/// The photos of one trend reference as a form: the trend for context, then its photos with their
/// descriptions and credits, saved on the device as they are typed. A field's problem shows once it
/// has been changed, and all of them after "check".
#[component]
pub fn TrendPhotosForm(uid: String, catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let studio = use_studio();
    let uid = StoredValue::new(uid);
    let cat = StoredValue::new(catalogue);
    let draft = Memo::new(move |_| {
        uid.with_value(|u| studio.trend_draft(u))
            .unwrap_or_default()
    });
    let problems = Memo::new(move |_| {
        draft.with(|d| cat.with_value(|c| d.check(c).err().unwrap_or_default()))
    });
    let show_all = RwSignal::new(false);
    let touched = RwSignal::new(HashSet::<String>::new());
    let sheet = PhotoSheet {
        uid,
        photos: Memo::new(move |_| draft.with(|d| d.photos.clone())).into(),
        edit: Callback::new(move |edit: PhotoEdit| {
            touched.update(|t| {
                t.insert(edit.field());
            });
            let mut removed = None;
            uid.with_value(|u| studio.change_trend(u, |d| removed = edit.apply(&mut d.photos)));
            removed
        }),
        error: Callback::new(move |field: String| {
            Signal::derive(move || {
                if !show_all.get() && !touched.read().contains(&field) {
                    return None;
                }
                problems
                    .with(|ps| problem_for(ps, &field).map(|p| labels::problem(i18n, &p.problem)))
            })
        }),
        credited: true,
    };
    let trend = Memo::new(move |_| {
        let id = draft.with(|d| d.trend.clone());
        cat.with_value(|c| {
            c.trend(&id)
                .map(|t| (t.name.clone(), t.description.clone()))
        })
    });
    let name = move || {
        trend
            .with(|t| t.as_ref().map(|(n, _)| n.get(lang.get()).to_owned()))
            .unwrap_or_else(|| t_string!(i18n, studio_untitled).to_string())
    };
    let moved_on = Memo::new(move |_| draft.with(|d| cat.with_value(|c| d.moved_on(c))));
    let check = move |ev: SubmitEvent| {
        ev.prevent_default();
        show_all.set(true);
    };
    view! {
        <A href=routes::localized(routes::STUDIO) attr:class="back-link">{tr(|l| td_string!(l, studio_back))}</A>
        <h2 class="studio-draft-title">{move || t_string!(i18n, studio_trend_title, name = name()).to_string()}</h2>
        <SaveStatus uid=uid />
        {move || moved_on.get().then(|| view! {
            <p class="notice" role="status">{tr(|l| td_string!(l, studio_trend_moved_on))}</p>
        })}
        <p class="lede">{move || trend.with(|t| t.as_ref().map(|(_, d)| d.get(lang.get()).to_owned()))}</p>
        <form class="studio-form inquiry" novalidate on:submit=check>
            <DraftPhotos sheet=sheet />
            <div class="actions">
                <button type="submit" class="button">{tr(|l| td_string!(l, studio_check))}</button>
            </div>
        </form>
        {move || show_all.get().then(|| view! { <ProblemSummary problems=problems.get() /> })}
    }
}
