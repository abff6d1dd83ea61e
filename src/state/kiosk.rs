use leptos::prelude::*;

use crate::domain::kiosk::{KioskSettings, PIN_ROUNDS, PinThrottle, hash_pin, verify_pin};
use crate::platform::storage::{KIOSK_KEY, KIOSK_THROTTLE_KEY, VISITOR_INQUIRIES_KEY};
use crate::platform::{kiosk as screen, net};
use crate::state::{Persisted, Stored, per_session, persisted};

/// Kiosk mode and its settings, kept on the device. The PIN itself is never stored, only its salted hash.
#[derive(Clone, Copy)]
pub struct Kiosk {
    settings: Persisted<KioskSettings>,
    /// Staff have typed the PIN in this session; locked again by the idle reset or the Lock button.
    unlocked: RwSignal<bool>,
    /// The ids of the inquiries the visitor now at the screen saved, space-separated; the idle reset
    /// forgets them, so the next visitor cannot reach them by Back or an old link.
    visitor_inquiries: Persisted<String>,
    /// Wrong PINs on this device, kept across reloads.
    throttle: Persisted<PinThrottle>,
}

/// What an unlock attempt came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unlock {
    Open,
    Wrong,
    /// Too many wrong PINs: no attempt is taken for this long.
    Wait {
        ms: u64,
    },
}

impl Kiosk {
    pub fn settings(&self) -> Signal<KioskSettings> {
        self.settings.signal()
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

    /// Settings that could not be read: locked for good on this device until staff recover them.
    pub fn unreadable(&self) -> bool {
        self.settings.with(|s| s.unreadable)
    }

    /// How long until a PIN is taken again, if the screen is making staff wait.
    pub fn wait_ms(&self) -> Option<u64> {
        let now = net::now_ms();
        self.throttle
            .with_untracked(|t| t.clone().bounded(now).wait_ms(now))
    }

    /// Checks a PIN, counting wrong ones across reloads; a PIN stored the old way is hashed anew on
    /// the first good unlock.
    pub fn unlock(&self, pin: &str) -> Unlock {
        if let Some(ms) = self.wait_ms() {
            return Unlock::Wait { ms };
        }
        if !self.verify(pin) {
            self.throttle.update(|t| t.record_failure(net::now_ms()));
            return Unlock::Wrong;
        }
        if self
            .throttle
            .with_untracked(|t| *t != PinThrottle::default())
        {
            self.throttle.set(&PinThrottle::default());
        }
        if self
            .settings
            .with_untracked(|s| s.pin.as_ref().is_some_and(|h| h.needs_rehash()))
        {
            self.store_pin(pin);
        }
        self.unlocked.set(true);
        Unlock::Open
    }

    pub fn lock(&self) {
        self.unlocked.set(false);
    }

    pub fn remember_inquiry(&self, id: &str) {
        self.visitor_inquiries
            .update(|ids| *ids = format!("{ids} {id}").trim_start().to_owned());
    }

    /// Whether the visitor now at the screen saved this inquiry (a kiosk shows them nothing else).
    pub fn saved_by_visitor(&self, id: &str) -> bool {
        self.visitor_inquiries
            .with(|ids| ids.split_whitespace().any(|i| i == id))
    }

    /// The idle reset: staff locked out, and the visitor's inquiries no longer shown.
    pub fn end_visit(&self) {
        self.lock();
        self.visitor_inquiries.set(&String::new());
    }

    pub fn has_pin(&self) -> bool {
        self.settings.with(|s| s.pin.is_some())
    }

    /// A first PIN; never over settings that could not be read (that would let anyone take the stand).
    pub fn set_pin(&self, pin: &str) {
        if self.unreadable() {
            return;
        }
        self.store_pin(pin);
        self.unlocked.set(true);
    }

    fn store_pin(&self, pin: &str) {
        let salt = net::random_bytes();
        let hash = hash_pin(pin, &salt, PIN_ROUNDS);
        self.settings.update(|s| s.pin = Some(hash));
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

    pub fn set_retention(&self, days: u32) {
        self.settings.update(|s| s.retention_days = days);
    }
}

pub fn provide_kiosk() {
    let settings = persisted::<KioskSettings>(KIOSK_KEY, Stored::KioskSettings);
    Effect::new(move |_| screen::set_kiosk_class(settings.with(|s| s.enabled)));
    provide_context(Kiosk {
        settings,
        unlocked: RwSignal::new(false),
        visitor_inquiries: per_session(VISITOR_INQUIRIES_KEY),
        throttle: persisted(KIOSK_THROTTLE_KEY, Stored::KioskSettings),
    });
}

pub fn use_kiosk() -> Kiosk {
    expect_context::<Kiosk>()
}
