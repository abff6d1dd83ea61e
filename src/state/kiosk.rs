use codee::string::FromToStringCodec;
use leptos::prelude::*;

use crate::domain::kiosk::{KioskSettings, PIN_ROUNDS, hash_pin, verify_pin};
use crate::platform::{kiosk as screen, net, storage};

/// Kiosk mode and its settings, kept on the device. The PIN itself is never stored, only its salted hash.
#[derive(Clone, Copy)]
pub struct Kiosk {
    settings: RwSignal<KioskSettings>,
    /// Staff have typed the PIN in this session; locked again by the idle reset or the Lock button.
    unlocked: RwSignal<bool>,
}

impl Kiosk {
    pub fn settings(&self) -> Signal<KioskSettings> {
        self.settings.into()
    }

    pub fn enabled(&self) -> bool {
        self.settings.with(|s| s.enabled)
    }

    /// Whether this screen may show staff things: always outside kiosk mode, after the PIN inside it.
    pub fn staff(&self) -> bool {
        !self.enabled() || self.unlocked.get()
    }

    pub fn unlocked(&self) -> bool {
        self.unlocked.get()
    }

    pub fn unlock(&self, pin: &str) -> bool {
        let ok = self.verify(pin);
        self.unlocked.set(ok);
        ok
    }

    pub fn lock(&self) {
        self.unlocked.set(false);
    }

    pub fn has_pin(&self) -> bool {
        self.settings.with(|s| s.pin.is_some())
    }

    pub fn set_pin(&self, pin: &str) {
        let salt = net::random_bytes();
        let hash = hash_pin(pin, &salt, PIN_ROUNDS);
        self.settings.update(|s| s.pin = Some(hash));
        self.unlocked.set(true);
    }

    pub fn verify(&self, pin: &str) -> bool {
        self.settings
            .with_untracked(|s| s.pin.as_ref().is_some_and(|h| verify_pin(pin, h)))
    }

    /// Called from a click, so the browser allows full screen.
    pub fn enter(&self) {
        self.settings.update(|s| s.enabled = true);
        screen::enter_fullscreen();
    }

    pub fn leave(&self) {
        self.settings.update(|s| s.enabled = false);
        screen::exit_fullscreen();
    }

    pub fn set_timing(&self, idle_secs: u32, countdown_secs: u32) {
        self.settings.update(|s| {
            s.idle_secs = idle_secs;
            s.countdown_secs = countdown_secs;
        });
    }
}

pub fn provide_kiosk() {
    let (stored, set_stored) = storage::stored_string::<FromToStringCodec>(storage::KIOSK_KEY);
    let settings = RwSignal::new(KioskSettings::parse(&stored.get_untracked()));
    Effect::new(move |_| {
        let s = settings.get();
        screen::set_kiosk_class(s.enabled);
        set_stored.set(serde_json::to_string(&s).unwrap_or_default());
    });
    provide_context(Kiosk {
        settings,
        unlocked: RwSignal::new(false),
    });
}

pub fn use_kiosk() -> Kiosk {
    expect_context::<Kiosk>()
}
