use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::Catalogue;
use crate::domain::catalogue::model::photo_files;
use crate::domain::catalogue::overlay::Overlay;
use crate::domain::shared::time::iso_utc;
use crate::domain::studio::package::{self, PackageProblem, Preview};
use crate::i18n::{I18n, t_string, td_string, use_i18n};
use crate::labels;
use crate::platform::overlay_store::{self, StoredOverlay};
use crate::platform::storage::WriteFault;
use crate::platform::{files, net, photo_cache, photo_store};
use crate::state::{Published, tr, use_catalogue, use_lang, use_studio};

/// A package larger than this is not a village's catalogue (about 150 photos at three widths); refused
/// before a byte is read, and an export that would pass it says so.
const MAX_PACKAGE_MB: u64 = 160;

/// A package read and checked, waiting for the maker to apply or cancel it.
#[derive(Clone)]
struct Pending {
    created: String,
    preview: Preview,
    overlay: Overlay,
    photos: Vec<(String, Vec<u8>)>,
}

/// Publishing without a server: the drafts leave as one catalogue package, and a package from
/// another device is previewed and then applied to this device's catalogue (its overlay).
#[component]
pub fn StudioPublish(catalogue: Arc<Catalogue>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let studio = use_studio();
    let catalogue_state = use_catalogue();
    let cat = StoredValue::new(catalogue);
    // Problems of the last export or import, said where the maker acted.
    let problems = RwSignal::new(Vec::<String>::new());
    let pending = RwSignal::new(None::<Pending>);
    // Bumped after every change to the stored overlay, so that its status is read again.
    let stored_version = RwSignal::new(0u32);
    let stored = Memo::new(move |_| {
        stored_version.track();
        overlay_store::read()
    });

    let export = move |_| {
        problems.set(Vec::new());
        studio.published().set(None);
        let drafts = studio.drafts().get_untracked();
        let trend_drafts = studio.trend_drafts().get_untracked();
        if studio.is_empty() {
            problems.set(vec![t_string!(i18n, studio_export_none).to_string()]);
            return;
        }
        spawn_local(async move {
            // The drafts' photo files held here: made in this studio, or brought by a package applied
            // earlier. A shipped photo is on every device already.
            let mut photos = Vec::new();
            let shown = photo_files(
                drafts
                    .iter()
                    .flat_map(|d| &d.photos)
                    .chain(trend_drafts.iter().flat_map(|d| &d.photos)),
            );
            for path in shown.into_iter().map(str::to_owned) {
                let bytes = match photo_store::get(&path).await {
                    Ok(Some(bytes)) => Some(bytes),
                    _ => photo_cache::get(&path).await,
                };
                if let Some(bytes) = bytes {
                    photos.push((path, bytes));
                }
            }
            let now = iso_utc(net::now_ms());
            match cat.with_value(|c| package::build(c, &drafts, &trend_drafts, &now, &photos)) {
                Ok(bytes) if bytes.len() as u64 > MAX_PACKAGE_MB * 1024 * 1024 => {
                    problems.set(vec![
                        t_string!(i18n, studio_export_too_large, mb = MAX_PACKAGE_MB).to_string(),
                    ]);
                }
                Ok(bytes) => {
                    let file =
                        format!("perak-batankrajan-{}.zip", now.get(..10).unwrap_or("paket"));
                    if files::download_bytes(&file, "application/zip", &bytes) {
                        studio.published().set(Some(Published::Exported {
                            file,
                            changes: drafts.len() + trend_drafts.len(),
                        }));
                    } else {
                        problems.set(vec![t_string!(i18n, studio_export_refused).to_string()]);
                    }
                }
                Err(unready) => {
                    let lang = lang.get_untracked();
                    let untitled = t_string!(i18n, studio_untitled).to_string();
                    let title = |uid: &str| {
                        if let Some(d) = drafts.iter().find(|d| d.uid == uid) {
                            return Some(d.title(lang).unwrap_or(&untitled).to_owned());
                        }
                        let trend = trend_drafts.iter().find(|d| d.uid == uid)?;
                        let name = cat.with_value(|c| {
                            c.trend(&trend.trend).map(|t| t.name.get(lang).to_owned())
                        });
                        Some(
                            t_string!(
                                i18n,
                                studio_trend_title,
                                name = name.unwrap_or(untitled.clone())
                            )
                            .to_string(),
                        )
                    };
                    let names: Vec<String> = unready.iter().filter_map(|u| title(&u.uid)).collect();
                    problems.set(vec![
                        t_string!(
                            i18n,
                            studio_export_unready,
                            count = names.len(),
                            names = names.join(", ")
                        )
                        .to_string(),
                    ]);
                }
            }
        });
    };

    let import = move |ev: leptos::ev::Event| {
        problems.set(Vec::new());
        pending.set(None);
        studio.published().set(None);
        spawn_local(async move {
            let bytes = match files::read_chosen_bytes(&ev, MAX_PACKAGE_MB * 1024 * 1024).await {
                None => return,
                Some(Ok(bytes)) => bytes,
                Some(Err(files::ChosenFileError::TooLarge)) => {
                    problems.set(vec![
                        t_string!(i18n, studio_file_too_large, mb = MAX_PACKAGE_MB).to_string(),
                    ]);
                    return;
                }
                Some(Err(files::ChosenFileError::Unreadable(detail))) => {
                    problems.set(vec![
                        t_string!(i18n, studio_file_unreadable, detail = detail).to_string(),
                    ]);
                    return;
                }
            };
            match cat.with_value(|c| package::read(&bytes, c).map(|p| (package::preview(c, &p), p)))
            {
                Ok(((preview, overlay), p)) => pending.set(Some(Pending {
                    created: p.manifest.created,
                    preview,
                    overlay,
                    photos: p.photos,
                })),
                Err(found) => {
                    problems.set(found.iter().map(|p| package_problem(i18n, p)).collect())
                }
            }
        });
    };

    let apply = move |_| {
        // Taken at once: a second click while the photos are written applies nothing twice.
        let Some(p) = pending.get_untracked() else {
            return;
        };
        pending.set(None);
        spawn_local(async move {
            // The photos first: designs must never name photos this device does not have.
            if let Err(detail) = photo_cache::put(&p.photos).await {
                problems.set(vec![
                    t_string!(i18n, studio_photos_not_kept, detail = detail).to_string(),
                ]);
                pending.set(Some(p));
                return;
            }
            let held = match overlay_store::read() {
                StoredOverlay::Held(o) => o,
                StoredOverlay::None | StoredOverlay::Unreadable => Overlay::default(),
            };
            match overlay_store::write(&held.then(p.overlay.clone())) {
                Ok(()) => {
                    stored_version.update(|v| *v += 1);
                    studio.published().set(Some(Published::Applied));
                    catalogue_state.reload();
                }
                Err(fault) => {
                    problems.set(vec![write_fault(i18n, fault)]);
                    pending.set(Some(p));
                }
            }
        });
    };

    let back_to_shipped = move |_| match overlay_store::clear() {
        Ok(()) => {
            // The packages' photos go with them; a failure leaves unused files, never a broken page.
            spawn_local(async {
                let _ = photo_cache::clear().await;
            });
            stored_version.update(|v| *v += 1);
            studio.published().set(Some(Published::BackToShipped));
            catalogue_state.reload();
        }
        Err(fault) => problems.set(vec![write_fault(i18n, fault)]),
    };

    view! {
        <section class="studio-section" aria-labelledby="studio-publish-heading">
            <h2 id="studio-publish-heading">{tr(|l| td_string!(l, studio_publish))}</h2>
            <p class="hint">{tr(|l| td_string!(l, studio_publish_intro))}</p>
            {move || match stored.get() {
                StoredOverlay::None => ().into_any(),
                StoredOverlay::Held(o) => view! {
                    <p class="notice">{t_string!(i18n, studio_overlay_status, count = o.changes.len()).to_string()}</p>
                }.into_any(),
                StoredOverlay::Unreadable => view! {
                    <p class="notice notice-error">{tr(|l| td_string!(l, studio_overlay_unreadable))}</p>
                }.into_any(),
            }}
            <div class="actions">
                <button type="button" class="button" on:click=export>{tr(|l| td_string!(l, studio_export))}</button>
                <Show when=move || stored.get() != StoredOverlay::None>
                    <button type="button" class="button button-quiet" on:click=back_to_shipped>
                        {tr(|l| td_string!(l, studio_overlay_reset))}
                    </button>
                </Show>
            </div>
            <div class="field">
                <label for="studio-import">{tr(|l| td_string!(l, studio_import))}</label>
                <p class="hint" id="studio-import-hint">{tr(|l| td_string!(l, studio_import_hint))}</p>
                <input type="file" id="studio-import" accept=".zip,application/zip" aria-describedby="studio-import-hint"
                    on:change=import />
            </div>
            <p role="status" class="studio-published">{move || studio.published().get().map(|p| match p {
                Published::Exported { file, changes } => t_string!(i18n, studio_exported, file = file, count = changes).to_string(),
                Published::Applied => t_string!(i18n, studio_applied).to_string(),
                Published::BackToShipped => t_string!(i18n, studio_overlay_reset_done).to_string(),
            })}</p>
            {move || (!problems.read().is_empty()).then(|| view! {
                <div class="error-summary active" role="alert">
                    <h3>{tr(|l| td_string!(l, studio_import_refused))}</h3>
                    <ul>{problems.get().into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                </div>
            })}
            {move || pending.get().map(|p| view! { <PackagePreview pending=p on_apply=apply on_cancel=move |_| pending.set(None) /> })}
        </section>
    }
}

#[component]
fn PackagePreview(
    pending: Pending,
    on_apply: impl Fn(leptos::ev::MouseEvent) + 'static,
    on_cancel: impl Fn(leptos::ev::MouseEvent) + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let Pending {
        created, preview, ..
    } = pending;
    let date = created.get(..10).unwrap_or_default().to_owned();
    let list = move |designs: Vec<crate::domain::Design>| {
        designs
            .into_iter()
            .map(|d| view! { <li>{move || d.name.get(lang.get()).to_owned()}</li> })
            .collect_view()
    };
    let (added, changed, withdrawn, trends) = (
        preview.added.len(),
        preview.changed.len(),
        preview.withdrawn.len(),
        preview.trends.len(),
    );
    let trend_names = preview
        .trends
        .iter()
        .map(|t| {
            let name = t.name.clone();
            let count = t.photos.len();
            let text = move || {
                let name = name.get(lang.get());
                match count {
                    1 => t_string!(i18n, studio_preview_trend_one, name = name).to_string(),
                    _ => t_string!(i18n, studio_preview_trend, name = name, count = count)
                        .to_string(),
                }
            };
            view! { <li>{text}</li> }
        })
        .collect_view();
    let nothing = preview.is_empty();
    let conflicts = {
        let preview = preview.clone();
        move || preview.conflict_names(lang.get()).join(", ")
    };
    let any_conflict = !preview.conflicts.is_empty();
    view! {
        <div class="package-preview" role="region" aria-labelledby="package-preview-heading">
            <h3 id="package-preview-heading">{move || t_string!(i18n, studio_package_from, date = labels::date(i18n, &date)).to_string()}</h3>
            {nothing.then(|| view! { <p>{tr(|l| td_string!(l, studio_preview_nothing))}</p> })}
            {(added > 0).then(|| view! {
                <h4>{move || t_string!(i18n, studio_preview_added, count = added).to_string()}</h4>
                <ul>{list(preview.added.clone())}</ul>
            })}
            {(changed > 0).then(|| view! {
                <h4>{move || t_string!(i18n, studio_preview_changed, count = changed).to_string()}</h4>
                <ul>{list(preview.changed.clone())}</ul>
            })}
            {(withdrawn > 0).then(|| view! {
                <h4>{move || t_string!(i18n, studio_preview_withdrawn, count = withdrawn).to_string()}</h4>
                <ul>{list(preview.withdrawn.clone())}</ul>
            })}
            {(trends > 0).then(|| view! {
                <h4>{move || t_string!(i18n, studio_preview_trends, count = trends).to_string()}</h4>
                <ul>{trend_names}</ul>
            })}
            {any_conflict.then(|| view! {
                <p class="notice notice-error">{move || t_string!(i18n, studio_preview_conflicts, names = conflicts()).to_string()}</p>
            })}
            <div class="actions">
                {(!nothing).then(|| view! {
                    <button type="button" class="button" on:click=on_apply>{tr(|l| td_string!(l, studio_apply))}</button>
                })}
                <button type="button" class="button button-quiet" on:click=on_cancel>{tr(|l| td_string!(l, studio_cancel))}</button>
            </div>
        </div>
    }
}

fn write_fault(i18n: I18n, fault: WriteFault) -> String {
    match fault {
        WriteFault::Full => t_string!(i18n, studio_overlay_full),
        WriteFault::Refused | WriteFault::Unreadable => t_string!(i18n, studio_overlay_refused),
    }
    .to_string()
}

/// One sentence for what is wrong with a package; a data problem as the catalogue's own errors say it.
fn package_problem(i18n: I18n, p: &PackageProblem) -> String {
    match p {
        PackageProblem::NotAPackage => t_string!(i18n, pkg_not_a_package).to_string(),
        PackageProblem::MissingEntry { entry } => {
            t_string!(i18n, pkg_missing_entry, entry = *entry).to_string()
        }
        PackageProblem::TooLarge { entry } => {
            t_string!(i18n, pkg_too_large, entry = *entry).to_string()
        }
        PackageProblem::NewerFormat { found } => {
            t_string!(i18n, pkg_newer, found = *found).to_string()
        }
        PackageProblem::BadManifest { detail } => {
            t_string!(i18n, pkg_bad_manifest, detail = detail.as_str()).to_string()
        }
        PackageProblem::ChangeNotInData { id } => {
            t_string!(i18n, pkg_change_missing, id = id.as_str()).to_string()
        }
        PackageProblem::PhotoMissing { path } => {
            t_string!(i18n, pkg_photo_missing, path = path.as_str()).to_string()
        }
        PackageProblem::PhotoNotAPicture { path } => {
            t_string!(i18n, pkg_photo_not_a_picture, path = path.as_str()).to_string()
        }
        PackageProblem::PhotoMetadata { path } => {
            t_string!(i18n, pkg_photo_metadata, path = path.as_str()).to_string()
        }
        PackageProblem::Data(e) => format!(
            "{}: {}",
            labels::location(i18n, e),
            labels::problem(i18n, &e.problem)
        ),
    }
}
