use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::PageMeta;
use crate::domain::kiosk::Progress;
use crate::domain::pricing::format;
use crate::i18n::{t_string, td_string, use_i18n};
use crate::platform::{offline, photo_cache};
use crate::state::{tr, use_lang};

#[derive(Clone, PartialEq)]
enum Phase {
    Idle,
    Working,
    Done,
    Failed(String),
}

/// "Prepare for offline": stores every file of the build with visible progress, shows the storage
/// estimate and asks for persistent storage so the outbox survives storage pressure.
#[component]
pub fn OfflinePage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let progress = RwSignal::new(Progress::default());
    let phase = RwSignal::new(Phase::Idle);
    let estimate = RwSignal::new(None::<(f64, f64)>);
    let persisted = RwSignal::new(None::<bool>);
    let controlled = RwSignal::new(offline::controlled());
    // Photo files kept for offline: the shipped catalogue's and the applied packages'.
    let photos = RwSignal::new(None::<(usize, usize)>);
    let available = offline::available();

    let refresh_storage = move || {
        spawn_local(async move {
            estimate.set(offline::estimate().await);
            persisted.set(offline::persisted().await);
        });
    };
    refresh_storage();

    let start = move |_| {
        if phase.get_untracked() == Phase::Working {
            return;
        }
        phase.set(Phase::Working);
        spawn_local(async move {
            // Asked first, while the click still counts as the user's gesture.
            let granted = offline::persist().await;
            persisted.set(granted);
            let result = match offline::manifest().await {
                Ok(m) => {
                    let done = offline::prepare(&m, |p| progress.set(p)).await.map(|_| ());
                    let from_packages = photo_cache::count().await.unwrap_or(0);
                    photos.set(Some((m.photo_files(), from_packages)));
                    done
                }
                Err(e) => Err(e),
            };
            controlled.set(offline::controlled());
            phase.set(match result {
                Ok(()) => Phase::Done,
                Err(e) => Phase::Failed(e),
            });
            refresh_storage();
        });
    };

    let size = move |bytes: f64| {
        let l = lang.get();
        if bytes >= 1e9 {
            format!("{} GB", format::decimal(bytes / 1e9, 1, l))
        } else if bytes >= 1e6 {
            format!("{} MB", format::decimal(bytes / 1e6, 1, l))
        } else {
            format!("{} KB", format::decimal(bytes / 1e3, 0, l))
        }
    };
    let progress_text = move || {
        let p = progress.get();
        t_string!(
            i18n,
            offline_progress,
            files = p.files_done,
            total = p.files_total,
            done = size(p.bytes_done as f64),
            size = size(p.bytes_total as f64)
        )
        .to_string()
    };

    view! {
        <PageMeta
            title=move || t_string!(i18n, offline_title).to_string()
            description=move || t_string!(i18n, offline_description).to_string()
        />
        <div class="page">
            <h1 class="page-title">{tr(|l| td_string!(l, offline_title))}</h1>
            <p class="lede">{tr(|l| td_string!(l, offline_intro))}</p>
            // Where it cannot work, the page says so instead of offering a button that would fail.
            {(!available).then(|| view! { <p class="notice notice-error">{tr(|l| td_string!(l, offline_no_sw))}</p> })}
            {available.then(|| view! {
                <div class="actions">
                    <button type="button" class="button" on:click=start aria-disabled=move || (phase.get() == Phase::Working).then_some("true")>
                        {move || if phase.get() == Phase::Done { t_string!(i18n, offline_again) } else { t_string!(i18n, offline_start) }}
                    </button>
                </div>
            })}
            <Show when=move || phase.get() != Phase::Idle>
                <div class="offline-progress">
                    <label for="offline-progress">{tr(|l| td_string!(l, offline_progress_label))}</label>
                    <progress id="offline-progress" max="100" prop:value=move || progress.get().percent()>
                        {move || format!("{}%", progress.get().percent())}
                    </progress>
                    <p class="muted">{progress_text}</p>
                </div>
            </Show>
            <div role="status">
                {move || match phase.get() {
                    Phase::Done if controlled.get() => view! { <p class="notice notice-ok">{tr(|l| td_string!(l, offline_ready))}</p> }.into_any(),
                    Phase::Done => view! { <p class="notice">{tr(|l| td_string!(l, offline_needs_reload))}</p> }.into_any(),
                    Phase::Failed(d) => view! { <p class="notice notice-error">{t_string!(i18n, offline_failed, detail = d)}</p> }.into_any(),
                    _ => ().into_any(),
                }}
                {move || (phase.get() == Phase::Done).then(|| photos.get()).flatten().map(|(shipped, packages)| view! {
                    <p>{t_string!(i18n, offline_photos, shipped = shipped, packages = packages).to_string()}</p>
                })}
            </div>
            {move || estimate.get().map(|(used, quota)| view! {
                <p>{t_string!(i18n, offline_storage, used = size(used), quota = size(quota))}</p>
            })}
            {move || persisted.get().map(|p| view! {
                <p class="muted">{if p { t_string!(i18n, offline_persisted) } else { t_string!(i18n, offline_not_persisted) }}</p>
            })}
        </div>
    }
}
