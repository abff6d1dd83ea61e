use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{DevicePhoto, TextField};
use crate::domain::studio::photos::PhotoEdit;
use crate::domain::{Lang, Photo};
use crate::i18n::{I18n, t_string, td_string, use_i18n};
use crate::labels;
use crate::platform::{files, photo_store};
use crate::state::{Job, JobProblem, JobState, tr, use_photo_jobs, use_studio};

/// What a list of photos belongs to, for [`DraftPhotos`]: a design's draft or a trend reference's.
#[derive(Clone, Copy)]
pub struct PhotoSheet {
    /// The draft's uid, which the photo queue delivers to.
    pub uid: StoredValue<String>,
    pub photos: Signal<Vec<Photo>>,
    /// Makes a change (saved a moment later); returns the photo a removal took out.
    pub edit: Callback<PhotoEdit, Option<Photo>>,
    /// The message for a field, once it is due.
    pub error: Callback<String, Signal<Option<String>>>,
    /// Whether each photo needs a source and a licence (somebody else's work).
    pub credited: bool,
}

/// A draft's photos: taken with the camera or chosen from the gallery, processed off the page by the
/// photo worker with a progress bar each, then ordered (the first is the cover) and described in
/// every language, and credited where they are somebody else's. A file that cannot become a photo
/// says why and leaves the rest of the draft as it was.
#[component]
pub fn DraftPhotos(sheet: PhotoSheet) -> impl IntoView {
    let i18n = use_i18n();
    let jobs = use_photo_jobs();
    let uid = sheet.uid;
    let choose = move |ev: leptos::ev::Event| {
        let chosen = files::chosen_files(&ev);
        if !chosen.is_empty() {
            uid.with_value(|u| jobs.add(u, chosen));
        }
    };
    let mine = Memo::new(move |_| {
        let uid = uid.get_value();
        jobs.jobs().with(|js| {
            js.iter()
                .filter(|j| j.draft == uid)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let count = Memo::new(move |_| sheet.photos.with(Vec::len));
    view! {
        <fieldset class="studio-photos">
            <legend>{tr(|l| td_string!(l, studio_photos))}</legend>
            <p class="hint">{tr(|l| td_string!(l, studio_photos_hint))}</p>
            {sheet.credited.then(|| view! { <p class="hint">{tr(|l| td_string!(l, studio_photos_credit_hint))}</p> })}
            {if jobs.available() {
                view! {
                    <div class="field">
                        <label for="studio-photo-camera">{tr(|l| td_string!(l, studio_photos_take))}</label>
                        <input type="file" id="studio-photo-camera" accept="image/*" capture="environment" on:change=choose />
                    </div>
                    <div class="field">
                        <label for="studio-photo-gallery">{tr(|l| td_string!(l, studio_photos_add))}</label>
                        <input type="file" id="studio-photo-gallery" accept="image/jpeg,image/png,image/webp,image/*" multiple on:change=choose />
                    </div>
                }.into_any()
            } else {
                view! { <p class="notice">{tr(|l| td_string!(l, studio_photos_unavailable))}</p> }.into_any()
            }}
            {move || jobs.overall().get().map(|(done, total, share)| view! {
                <div class="photo-overall">
                    <p id="photo-overall-label">{t_string!(i18n, studio_photos_overall, done = done, total = total).to_string()}</p>
                    <progress max="1" value=share aria-labelledby="photo-overall-label"></progress>
                </div>
            })}
            <ul class="photo-jobs" role="list">
                <For each=move || mine.get() key=|j| (j.id.clone(), matches!(j.state, JobState::Failed(_))) let:job>
                    <PhotoJob job=job />
                </For>
            </ul>
            <ol class="draft-photos">
                // Keyed by place and photo: a row is made for one photo at one place, so a reorder or a
                // removal makes new rows instead of leaving a row's picture on another photo's place.
                <For
                    each=move || sheet.photos.with(|ps| ps.iter().enumerate().map(|(i, p)| (i, p.src.clone())).collect::<Vec<_>>())
                    key=|row| row.clone()
                    children=move |(i, _)| view! { <DraftPhoto sheet=sheet index=i count=count /> }
                />
            </ol>
        </fieldset>
    }
}

/// A photo on its way: its progress and a cancel, or why it could not be taken.
#[component]
fn PhotoJob(job: Job) -> impl IntoView {
    let i18n = use_i18n();
    let jobs = use_photo_jobs();
    let id = StoredValue::new(job.id.clone());
    let name = job.name.clone();
    let state = Memo::new(move |_| {
        let id = id.get_value();
        jobs.jobs()
            .with(|js| js.iter().find(|j| j.id == id).map(|j| j.state.clone()))
    });
    match job.state {
        JobState::Failed(problem) => {
            let message = job_problem(i18n, &name, &problem);
            view! {
                <li class="photo-job failed">
                    <p role="alert" class="field-error">{message}</p>
                    <button type="button" class="button button-quiet" on:click=move |_| id.with_value(|i| jobs.dismiss(i))>
                        {tr(|l| td_string!(l, studio_photo_dismiss))}
                    </button>
                </li>
            }
            .into_any()
        }
        JobState::Waiting | JobState::Working(_) => {
            let label_id = format!("photo-job-{}", job.id);
            let text = move || match state.get() {
                Some(JobState::Working(_)) => {
                    t_string!(i18n, studio_photo_processing, name = name.clone()).to_string()
                }
                _ => t_string!(i18n, studio_photo_waiting, name = name.clone()).to_string(),
            };
            let value = move || match state.get() {
                Some(JobState::Working(done)) => done,
                _ => 0.0,
            };
            view! {
                <li class="photo-job">
                    <span id=label_id.clone()>{text}</span>
                    <progress max="1" value=value aria-labelledby=label_id></progress>
                    <button type="button" class="button button-quiet" on:click=move |_| id.with_value(|i| jobs.cancel(i))>
                        {tr(|l| td_string!(l, studio_photo_cancel))}
                    </button>
                </li>
            }
            .into_any()
        }
    }
}

fn job_problem(i18n: I18n, name: &str, problem: &JobProblem) -> String {
    match problem {
        JobProblem::NotKept => {
            t_string!(i18n, photo_store_failed, name = name.to_owned()).to_string()
        }
        JobProblem::Photo(p) => labels::photo_problem(i18n, name, p),
    }
}

/// One of the draft's photos: its picture from the device, its place, its descriptions, its credit.
#[component]
fn DraftPhoto(sheet: PhotoSheet, index: usize, count: Memo<usize>) -> impl IntoView {
    let i18n = use_i18n();
    let studio = use_studio();
    let photo = Memo::new(move |_| sheet.photos.with(|ps| ps.get(index).cloned()));
    // The narrowest file is enough for the studio's list.
    let thumb = photo.with_untracked(|p| {
        p.as_ref().map(|p| {
            let path = p.sizes.first().map_or(p.src.clone(), |f| f.src.clone());
            (path, p.width, p.height, p.placeholder.clone())
        })
    });
    let n = index + 1;
    let reorder = move |to: usize| {
        sheet.edit.run(PhotoEdit::Move { from: index, to });
    };
    let remove = move |_| {
        if let Some(removed) = sheet.edit.run(PhotoEdit::Remove(index)) {
            let unused = studio.unused_files(&removed);
            // A file left behind costs space, never data: a failure here is not worth a message.
            spawn_local(async move {
                let _ = photo_store::delete(&unused).await;
            });
        }
    };
    let alts = Lang::ALL
        .into_iter()
        .map(|l| {
            let field = PhotoEdit::Alt(index, l, String::new()).field();
            let value = Signal::derive(move || {
                photo.with(|p| p.as_ref().map(|p| p.alt.as_typed(l).to_owned()).unwrap_or_default())
            });
            let on_input = Callback::new(move |v: String| {
                sheet.edit.run(PhotoEdit::Alt(index, l, v));
            });
            let label = Signal::derive(move || {
                let lang = labels::language(i18n, l);
                t_string!(i18n, studio_photo_alt, lang = lang).to_string()
            });
            view! {
                <TextField id=format!("studio-photo-{index}-alt-{}", l.code()) label_text=label value=value
                    on_input=on_input error=sheet.error.run(field) optional=!Lang::REQUIRED.contains(&l) />
            }
        })
        .collect_view();
    let credit = sheet.credited.then(|| {
        let field = |edit: fn(usize, String) -> PhotoEdit,
                     get: fn(&Photo) -> String,
                     id: &'static str,
                     label: Signal<String>| {
            let value = Signal::derive(move || photo.with(|p| p.as_ref().map(get).unwrap_or_default()));
            let on_input = Callback::new(move |v: String| {
                sheet.edit.run(edit(index, v));
            });
            let error = sheet.error.run(edit(index, String::new()).field());
            view! {
                <TextField id=format!("studio-photo-{index}-{id}") label_text=label value=value
                    on_input=on_input error=error optional=false />
            }
        };
        view! {
            {field(PhotoEdit::CreditSource, |p| p.credit.as_ref().map(|c| c.source.clone()).unwrap_or_default(), "credit-source",
                Signal::derive(move || t_string!(i18n, studio_photo_credit_source).to_string()))}
            {field(PhotoEdit::CreditLicence, |p| p.credit.as_ref().map(|c| c.licence.clone()).unwrap_or_default(), "credit-licence",
                Signal::derive(move || t_string!(i18n, studio_photo_credit_licence).to_string()))}
        }
    });
    view! {
        <li class="draft-photo">
            <div class="draft-photo-picture">
                {thumb.map(|(path, width, height, placeholder)| view! {
                    <DevicePhoto path=path width=width height=height placeholder=placeholder alt=String::new() />
                })}
                <p class="draft-photo-name">
                    {t_string!(i18n, studio_photo_n, n = n).to_string()}
                    {(index == 0).then(|| view! { " · " <strong>{tr(|l| td_string!(l, studio_photo_cover))}</strong> })}
                </p>
                <div class="draft-photo-actions">
                    {(index > 0).then(|| view! {
                        <button type="button" class="button button-quiet" on:click=move |_| reorder(0)>
                            {tr(|l| td_string!(l, studio_photo_make_cover))}
                        </button>
                        <button type="button" class="button button-quiet" on:click=move |_| reorder(index - 1)>
                            {tr(|l| td_string!(l, studio_photo_earlier))}
                        </button>
                    })}
                    {move || (index + 1 < count.get()).then(|| view! {
                        <button type="button" class="button button-quiet" on:click=move |_| reorder(index + 1)>
                            {tr(|l| td_string!(l, studio_photo_later))}
                        </button>
                    })}
                    <button type="button" class="button button-quiet" on:click=remove>
                        {tr(|l| td_string!(l, studio_photo_remove))}
                    </button>
                </div>
            </div>
            <div class="draft-photo-alts">
                <p class="hint">{tr(|l| td_string!(l, studio_photo_alt_hint))}</p>
                {alts}
                {credit}
            </div>
        </li>
    }
}
