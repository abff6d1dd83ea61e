use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use crate::components::PageMeta;
use crate::domain::inquiry::outbox::{RETENTION_DAYS, done};
use crate::domain::kiosk::{
    COUNTDOWN_MIN_SECS, IDLE_SECS, PinProblem, check_new_pin, parse_in_range,
};
use crate::i18n::{t_string, td_string, use_i18n};
use crate::platform::frame::after_next_paint;
use crate::routes;
use crate::state::{Unlock as KioskUnlock, pending, tr, use_kiosk, use_outbox};

/// The stand staff's screen, behind the PIN: kiosk mode on and off, idle timing, the outbox at the end
/// of the day, and preparing for offline. Unlocking lasts until the Lock button or the kiosk's idle reset.
#[component]
pub fn StaffPage() -> impl IntoView {
    let i18n = use_i18n();
    let kiosk = use_kiosk();
    // Memos, so that saving a setting does not rebuild the tools (and lose their messages).
    let has_pin = Memo::new(move |_| kiosk.has_pin());
    let unlocked = Memo::new(move |_| kiosk.unlocked());
    let unreadable = Memo::new(move |_| kiosk.unreadable());
    view! {
        <PageMeta
            title=move || t_string!(i18n, staff_title).to_string()
            description=move || t_string!(i18n, staff_description).to_string()
        />
        <div class="page">
            <h1 class="page-title">{tr(|l| td_string!(l, staff_title))}</h1>
            {move || if unreadable.get() {
                view! { <p class="notice" role="alert">{tr(|l| td_string!(l, staff_settings_unreadable))}</p> }.into_any()
            } else if !has_pin.get() {
                view! { <SetPin /> }.into_any()
            } else if !unlocked.get() {
                view! { <Unlock /> }.into_any()
            } else {
                view! { <StaffTools /> }.into_any()
            }}
        </div>
    }
}

fn pin_message(i18n: crate::i18n::I18n, p: PinProblem) -> String {
    match p {
        PinProblem::Length { min, max } => {
            t_string!(i18n, pin_length, min = min, max = max).to_string()
        }
        PinProblem::NotDigits => t_string!(i18n, pin_digits).to_string(),
        PinProblem::Mismatch => t_string!(i18n, pin_mismatch).to_string(),
        PinProblem::Wrong => t_string!(i18n, pin_wrong).to_string(),
    }
}

/// What the unlock form says under the PIN.
#[derive(Clone, Copy, PartialEq)]
enum UnlockState {
    Idle,
    Checking,
    Wrong,
    Wait { secs: u64 },
}

impl UnlockState {
    /// The back-off's wait, in whole seconds as the message says it.
    fn wait(ms: u64) -> UnlockState {
        UnlockState::Wait {
            secs: ms.div_ceil(1000),
        }
    }
}

#[component]
fn PinInput(
    id: &'static str,
    label: fn(crate::i18n::Locale) -> &'static str,
    value: RwSignal<String>,
    invalid: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <input id=id type="password" inputmode="numeric" autocomplete="off" class="pin-input"
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=move || invalid.get().then_some("pin-error")
                prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
        </div>
    }
}

#[component]
fn SetPin() -> impl IntoView {
    let i18n = use_i18n();
    let kiosk = use_kiosk();
    let pin = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<PinProblem>);
    let invalid = Signal::derive(move || problem.get().is_some());
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        match check_new_pin(&pin.get_untracked(), &again.get_untracked()) {
            Ok(()) => {
                kiosk.set_pin(&pin.get_untracked());
            }
            Err(p) => problem.set(Some(p)),
        }
    };
    view! {
        <form class="pin-form" on:submit=submit novalidate>
            <p>{tr(|l| td_string!(l, staff_set_pin_intro))}</p>
            <PinInput id="pin-new" label=|l| td_string!(l, staff_pin) value=pin invalid=invalid />
            <PinInput id="pin-again" label=|l| td_string!(l, staff_pin_again) value=again invalid=invalid />
            <p class="field-error" id="pin-error" role="alert">{move || problem.get().map(|p| pin_message(i18n, p))}</p>
            <button type="submit" class="button">{tr(|l| td_string!(l, staff_set_pin))}</button>
        </form>
    }
}

#[component]
fn Unlock() -> impl IntoView {
    let i18n = use_i18n();
    let kiosk = use_kiosk();
    let pin = RwSignal::new(String::new());
    let state = RwSignal::new(kiosk.wait_ms().map_or(UnlockState::Idle, UnlockState::wait));
    let invalid = Signal::derive(move || {
        matches!(state.get(), UnlockState::Wrong | UnlockState::Wait { .. })
    });
    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if state.get_untracked() == UnlockState::Checking {
            return;
        }
        state.set(UnlockState::Checking);
        // The hash takes about a second: the status is painted first.
        after_next_paint(move || {
            let outcome = kiosk.unlock(&pin.get_untracked());
            pin.set(String::new());
            state.set(match outcome {
                KioskUnlock::Open => UnlockState::Idle,
                KioskUnlock::Wrong => kiosk
                    .wait_ms()
                    .map_or(UnlockState::Wrong, UnlockState::wait),
                KioskUnlock::Wait { ms } => UnlockState::wait(ms),
            });
        });
    };
    let message = move || match state.get() {
        UnlockState::Idle => String::new(),
        UnlockState::Checking => t_string!(i18n, pin_checking).to_string(),
        UnlockState::Wrong => pin_message(i18n, PinProblem::Wrong),
        UnlockState::Wait { secs } => t_string!(i18n, pin_wait, secs = secs),
    };
    view! {
        <form class="pin-form" on:submit=submit novalidate aria-busy=move || (state.get() == UnlockState::Checking).to_string()>
            <PinInput id="pin-unlock" label=|l| td_string!(l, staff_enter_pin) value=pin invalid=invalid />
            <p class=move || if state.get() == UnlockState::Checking { "muted" } else { "field-error" } id="pin-error" role="alert">{message}</p>
            <button type="submit" class="button">{tr(|l| td_string!(l, staff_unlock))}</button>
        </form>
    }
}

#[component]
fn StaffTools() -> impl IntoView {
    let i18n = use_i18n();
    let kiosk = use_kiosk();
    let outbox = use_outbox();
    leptos::task::spawn_local(async move { outbox.refresh().await });
    let navigate = use_navigate();
    let settings = kiosk.settings();
    let idle = RwSignal::new(settings.get_untracked().idle_secs.to_string());
    let countdown = RwSignal::new(settings.get_untracked().countdown_secs.to_string());
    let timing = RwSignal::new(None::<bool>);
    let save_timing = move |ev: SubmitEvent| {
        ev.prevent_default();
        match (
            parse_in_range(&idle.get_untracked(), IDLE_SECS),
            parse_in_range(
                &countdown.get_untracked(),
                (COUNTDOWN_MIN_SECS, IDLE_SECS.1),
            ),
        ) {
            (Some(i), Some(c)) => {
                kiosk.set_timing(i, c);
                timing.set(Some(true));
            }
            _ => timing.set(Some(false)),
        }
    };
    let enter = move |_| {
        kiosk.enter();
        navigate(routes::ATTRACT, Default::default());
    };
    let entries = outbox.entries();
    let export = move |csv: bool| {
        outbox.export(csv);
    };
    let retry_all = move |_| {
        for e in entries.get_untracked() {
            outbox.retry_now(e.id);
        }
    };
    view! {
        <section aria-labelledby="kiosk-heading" class="staff-section">
            <h2 id="kiosk-heading">{tr(|l| td_string!(l, kiosk_heading))}</h2>
            <p role="status">{move || if settings.get().enabled { t_string!(i18n, kiosk_on) } else { t_string!(i18n, kiosk_off) }}</p>
            <div class="actions">
                {move || if settings.get().enabled {
                    view! { <button type="button" class="button" on:click=move |_| kiosk.leave()>{tr(|l| td_string!(l, kiosk_leave))}</button> }.into_any()
                } else {
                    let enter = enter.clone();
                    view! { <button type="button" class="button" on:click=enter>{tr(|l| td_string!(l, kiosk_enter))}</button> }.into_any()
                }}
            </div>
            <form class="timing" on:submit=save_timing novalidate>
                <div class="field">
                    <label for="kiosk-idle">{tr(|l| td_string!(l, kiosk_idle_secs))}</label>
                    <input id="kiosk-idle" type="text" inputmode="numeric" prop:value=move || idle.get() on:input=move |ev| idle.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="kiosk-countdown">{tr(|l| td_string!(l, kiosk_countdown_secs))}</label>
                    <input id="kiosk-countdown" type="text" inputmode="numeric" prop:value=move || countdown.get() on:input=move |ev| countdown.set(event_target_value(&ev)) />
                </div>
                <button type="submit" class="button button-quiet">{tr(|l| td_string!(l, kiosk_save_timing))}</button>
                <p role="status">{move || timing.get().map(|ok| if ok {
                    t_string!(i18n, kiosk_timing_saved).to_string()
                } else {
                    t_string!(i18n, kiosk_timing_error, min = IDLE_SECS.0, max = IDLE_SECS.1).to_string()
                })}</p>
            </form>
        </section>
        <section aria-labelledby="staff-outbox-heading" class="staff-section">
            <h2 id="staff-outbox-heading">{tr(|l| td_string!(l, staff_outbox_heading))}</h2>
            <p>{move || entries.with(|e| t_string!(i18n, staff_outbox_summary, total = e.len(), pending = pending(e)).to_string())}</p>
            <div class="actions">
                <button type="button" class="button" on:click=retry_all>{tr(|l| td_string!(l, staff_retry_all))}</button>
                <button type="button" class="button button-quiet" on:click=move |_| export(true)>{tr(|l| td_string!(l, outbox_export_csv))}</button>
                <button type="button" class="button button-quiet" on:click=move |_| export(false)>{tr(|l| td_string!(l, outbox_export_json))}</button>
                <A href=routes::localized(routes::OUTBOX) attr:class="button button-quiet">{tr(|l| td_string!(l, staff_open_outbox))}</A>
                <A href=routes::localized(routes::OFFLINE) attr:class="button button-quiet">{tr(|l| td_string!(l, staff_offline_link))}</A>
            </div>
        </section>
        <section aria-labelledby="staff-insights-heading" class="staff-section">
            <h2 id="staff-insights-heading">{tr(|l| td_string!(l, insights_title))}</h2>
            <p>{tr(|l| td_string!(l, insights_description))}</p>
            <div class="actions">
                <A href=routes::localized(routes::INSIGHTS) attr:class="button">{tr(|l| td_string!(l, insights_open))}</A>
            </div>
        </section>
        <section aria-labelledby="staff-studio-heading" class="staff-section">
            <h2 id="staff-studio-heading">{tr(|l| td_string!(l, studio_title))}</h2>
            <p>{tr(|l| td_string!(l, studio_description))}</p>
            <div class="actions">
                <A href=routes::localized(routes::STUDIO) attr:class="button">{tr(|l| td_string!(l, studio_open))}</A>
            </div>
        </section>
        <BuyersData />
        <button type="button" class="link-button" on:click=move |_| kiosk.lock()>{tr(|l| td_string!(l, staff_lock))}</button>
    }
}

/// How long delivered inquiries stay on the device, and deleting them all at once (at the end of a
/// fair), after a second, explicit confirmation. Inquiries still waiting are never touched.
#[component]
fn BuyersData() -> impl IntoView {
    let i18n = use_i18n();
    let kiosk = use_kiosk();
    let outbox = use_outbox();
    let settings = kiosk.settings();
    let days = RwSignal::new(settings.get_untracked().retention_days.to_string());
    let saved = RwSignal::new(None::<bool>);
    let save = move |ev: SubmitEvent| {
        ev.prevent_default();
        match parse_in_range(&days.get_untracked(), RETENTION_DAYS) {
            Some(d) => {
                kiosk.set_retention(d);
                days.set(d.to_string());
                saved.set(Some(true));
            }
            None => saved.set(Some(false)),
        }
    };
    let entries = outbox.entries();
    let done_count = Memo::new(move |_| entries.with(|e| done(e).len()));
    let confirming = RwSignal::new(false);
    let purged = RwSignal::new(None::<usize>);
    let purge = move |_| {
        confirming.set(false);
        leptos::task::spawn_local(async move {
            purged.set(Some(outbox.purge_done().await));
        });
    };
    view! {
        <section aria-labelledby="buyers-data-heading" class="staff-section">
            <h2 id="buyers-data-heading">{tr(|l| td_string!(l, staff_retention_heading))}</h2>
            <form class="timing" on:submit=save novalidate>
                <div class="field">
                    <label for="retention-days">{tr(|l| td_string!(l, staff_retention_days))}</label>
                    <input id="retention-days" type="text" inputmode="numeric"
                        aria-invalid=move || (saved.get() == Some(false)).then_some("true")
                        prop:value=move || days.get() on:input=move |ev| days.set(event_target_value(&ev)) />
                </div>
                <button type="submit" class="button button-quiet">{tr(|l| td_string!(l, staff_retention_save))}</button>
                <p role="status">{move || saved.get().map(|ok| if ok {
                    t_string!(i18n, staff_retention_saved, days = settings.get().retention_days)
                } else {
                    t_string!(i18n, staff_retention_error, min = RETENTION_DAYS.0, max = RETENTION_DAYS.1)
                })}</p>
            </form>
            <p><A href=routes::localized(routes::PRIVACY)>{tr(|l| td_string!(l, privacy_title))}</A></p>
            {move || if confirming.get() {
                view! {
                    <div class="confirm" role="group" aria-labelledby="purge-question">
                        <p id="purge-question">{move || t_string!(i18n, staff_purge_confirm, count = done_count.get())}</p>
                        <div class="actions">
                            <button type="button" class="button" on:click=purge>{tr(|l| td_string!(l, staff_purge_yes))}</button>
                            <button type="button" class="button button-quiet" on:click=move |_| confirming.set(false)>{tr(|l| td_string!(l, staff_purge_cancel))}</button>
                        </div>
                    </div>
                }.into_any()
            } else {
                view! {
                    <div class="actions">
                        <button type="button" class="button button-quiet" disabled=move || done_count.get() == 0
                            on:click=move |_| { purged.set(None); confirming.set(true) }>
                            {move || t_string!(i18n, staff_purge, count = done_count.get())}
                        </button>
                    </div>
                }.into_any()
            }}
            <p role="status">{move || purged.get().map(|n| t_string!(i18n, staff_purged, count = n))}</p>
        </section>
    }
}
