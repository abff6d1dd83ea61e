//! Exhibition kiosk settings: the staff PIN (kept only as a PBKDF2 hash), the back-off after wrong
//! attempts, idle timing, and the rules for them. The browser side stores these and runs the timers.

use crate::domain::inquiry::outbox::{DEFAULT_RETENTION_DAYS, RETENTION_DAYS};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Six digits at least: a million guesses rather than ten thousand, still typed on a number pad.
pub const PIN_LEN: (usize, usize) = (6, 12);
pub const IDLE_SECS: (u32, u32) = (10, 3600);
/// The floor: a visitor gets at least 20 seconds to answer "Still there?".
pub const COUNTDOWN_MIN_SECS: u32 = 20;
/// PBKDF2-HMAC-SHA-256 iterations for a new PIN: OWASP's password-storage guidance (600,000). About a
/// second on a mid-range tablet, paid once per unlock; a copied hash costs an attacker as much per guess.
pub const PIN_ROUNDS: u32 = 600_000;
/// What a stored hash may ask for. Outside these the settings are damaged (or planted to make an unlock
/// hang or a guess cheap), and the staff screens stay locked.
pub const PBKDF2_ROUNDS: (u32, u32) = (100_000, 10_000_000);
pub const LEGACY_ROUNDS: (u32, u32) = (1_000, 1_000_000);

/// How a stored PIN hash was made.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PinScheme {
    /// Iterated salted SHA-256, as stored before PBKDF2; verified, then replaced at the next unlock.
    #[default]
    Sha256Iterated,
    Pbkdf2Sha256,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinHash {
    pub salt: String,
    pub hash: String,
    pub rounds: u32,
    /// Absent in settings stored before PBKDF2.
    #[serde(default)]
    pub scheme: PinScheme,
}

impl PinHash {
    /// Whether the hash's parameters are ones this build would accept.
    pub fn is_sound(&self) -> bool {
        let (lo, hi) = match self.scheme {
            PinScheme::Pbkdf2Sha256 => PBKDF2_ROUNDS,
            PinScheme::Sha256Iterated => LEGACY_ROUNDS,
        };
        (lo..=hi).contains(&self.rounds)
            && unhex(&self.salt).is_some_and(|s| s.len() >= 16)
            && unhex(&self.hash).is_some_and(|h| h.len() == 32)
    }

    /// A hash made the old way, or with fewer rounds than now: replaced after the next good unlock.
    pub fn needs_rehash(&self) -> bool {
        self.scheme != PinScheme::Pbkdf2Sha256 || self.rounds < PIN_ROUNDS
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct KioskSettings {
    pub enabled: bool,
    pub pin: Option<PinHash>,
    /// Seconds without a touch before "Still there?".
    pub idle_secs: u32,
    /// Seconds the question stays before the reset.
    pub countdown_secs: u32,
    /// Days a delivered inquiry stays on the device (`inquiry::outbox::expired`).
    #[serde(default = "default_retention_days")]
    pub retention_days: u32,
    /// Stored settings that could not be read: the kiosk stays on and the staff screens locked (failing
    /// open would hand a visitor the outbox). Never stored itself.
    #[serde(skip)]
    pub unreadable: bool,
}

fn default_retention_days() -> u32 {
    DEFAULT_RETENTION_DAYS
}

impl Default for KioskSettings {
    fn default() -> Self {
        KioskSettings {
            enabled: false,
            pin: None,
            idle_secs: 90,
            countdown_secs: 30,
            retention_days: DEFAULT_RETENTION_DAYS,
            unreadable: false,
        }
    }
}

impl crate::domain::shared::stored::StoredForm for KioskSettings {
    fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    fn from_stored(stored: &str) -> Self {
        KioskSettings::parse(stored)
    }
}

impl KioskSettings {
    /// Reads stored settings. Nothing stored is the default (kiosk off, no PIN); something stored that
    /// cannot be read, or a PIN hash with parameters out of bounds, fails closed: kiosk on, locked.
    pub fn parse(stored: &str) -> KioskSettings {
        if stored.trim().is_empty() {
            return KioskSettings::default();
        }
        // Only the object this app writes: serde would also take an array as the struct's fields.
        let parsed: Option<KioskSettings> = stored
            .trim_start()
            .starts_with('{')
            .then(|| serde_json::from_str(stored).ok())
            .flatten();
        match parsed {
            Some(mut s) if s.pin.as_ref().is_none_or(PinHash::is_sound) => {
                s.idle_secs = s.idle_secs.clamp(IDLE_SECS.0, IDLE_SECS.1);
                s.countdown_secs = s.countdown_secs.clamp(COUNTDOWN_MIN_SECS, IDLE_SECS.1);
                s.retention_days = s.retention_days.clamp(RETENTION_DAYS.0, RETENTION_DAYS.1);
                s
            }
            _ => KioskSettings {
                enabled: true,
                unreadable: true,
                ..KioskSettings::default()
            },
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinProblem {
    Length { min: usize, max: usize },
    NotDigits,
    Mismatch,
    Wrong,
}

/// A new PIN: digits only (a touch screen's number pad), 4 to 8 of them, typed the same twice.
pub fn check_new_pin(pin: &str, again: &str) -> Result<(), PinProblem> {
    let pin = pin.trim();
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinProblem::NotDigits);
    }
    if pin.len() < PIN_LEN.0 || pin.len() > PIN_LEN.1 {
        return Err(PinProblem::Length {
            min: PIN_LEN.0,
            max: PIN_LEN.1,
        });
    }
    if pin != again.trim() {
        return Err(PinProblem::Mismatch);
    }
    Ok(())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new PIN's hash: PBKDF2-HMAC-SHA-256 with `rounds` iterations. The salt comes from the browser's
/// random source.
pub fn hash_pin(pin: &str, salt: &[u8], rounds: u32) -> PinHash {
    let mut out = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(pin.trim().as_bytes(), salt, rounds.max(1), &mut out);
    PinHash {
        salt: hex(salt),
        hash: hex(&out),
        rounds: rounds.max(1),
        scheme: PinScheme::Pbkdf2Sha256,
    }
}

/// The hash as stored before PBKDF2 (iterated salted SHA-256), for PINs set then.
fn legacy_hash(pin: &str, salt: &[u8], rounds: u32) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(salt);
    h.update(pin.trim().as_bytes());
    let mut digest = h.finalize();
    for _ in 1..rounds.max(1) {
        let mut h = Sha256::new();
        h.update(salt);
        h.update(digest);
        digest = h.finalize();
    }
    digest.into()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Whether `pin` is the one `stored` was made from. A hash with unsound parameters never verifies (and
/// never runs for minutes). The comparison takes the same time however much of a guess matched.
pub fn verify_pin(pin: &str, stored: &PinHash) -> bool {
    if !stored.is_sound() {
        return false;
    }
    let (Some(salt), Some(expected)) = (unhex(&stored.salt), unhex(&stored.hash)) else {
        return false;
    };
    let candidate = match stored.scheme {
        PinScheme::Pbkdf2Sha256 => {
            let mut out = [0u8; 32];
            pbkdf2::pbkdf2_hmac::<Sha256>(pin.trim().as_bytes(), &salt, stored.rounds, &mut out);
            out
        }
        PinScheme::Sha256Iterated => legacy_hash(pin, &salt, stored.rounds),
    };
    candidate.len() == expected.len()
        && candidate
            .iter()
            .zip(&expected)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// Wrong PINs allowed before the screen makes staff wait.
pub const FREE_ATTEMPTS: u32 = 5;
/// The first wait, doubled by each further wrong PIN up to `MAX_WAIT_MS`.
pub const FIRST_WAIT_MS: u64 = 30_000;
pub const MAX_WAIT_MS: u64 = 15 * 60_000;

/// Wrong PIN attempts on this device, kept in storage so that a reload does not reset the count.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PinThrottle {
    pub failures: u32,
    /// Until when (ms since the epoch) no attempt is taken.
    pub locked_until_ms: u64,
}

impl PinThrottle {
    /// How long until an attempt is taken again; `None` when one is taken now.
    pub fn wait_ms(&self, now_ms: u64) -> Option<u64> {
        (self.locked_until_ms > now_ms).then(|| self.locked_until_ms - now_ms)
    }

    /// A wrong PIN: after the free attempts, each one locks for twice as long as the one before.
    pub fn record_failure(&mut self, now_ms: u64) {
        self.failures = self.failures.saturating_add(1);
        if self.failures >= FREE_ATTEMPTS {
            let doublings = (self.failures - FREE_ATTEMPTS).min(16);
            let wait = FIRST_WAIT_MS
                .saturating_mul(1 << doublings)
                .min(MAX_WAIT_MS);
            self.locked_until_ms = now_ms.saturating_add(wait);
        }
    }

    /// A stored count from a clock far ahead (or a planted value) never locks for more than the longest
    /// wait from now.
    pub fn bounded(mut self, now_ms: u64) -> Self {
        self.locked_until_ms = self.locked_until_ms.min(now_ms.saturating_add(MAX_WAIT_MS));
        self
    }
}

impl crate::domain::shared::stored::StoredForm for PinThrottle {
    fn to_stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    // Unreadable counts as the strictest reading short of locking staff out for good: the free
    // attempts are used up, the next wrong one waits.
    fn from_stored(stored: &str) -> Self {
        if stored.trim().is_empty() {
            return PinThrottle::default();
        }
        serde_json::from_str(stored).unwrap_or(PinThrottle {
            failures: FREE_ATTEMPTS - 1,
            locked_until_ms: 0,
        })
    }
}

/// Parses a whole number typed by staff (seconds, days) that must lie within `range`.
pub fn parse_in_range(s: &str, range: (u32, u32)) -> Option<u32> {
    s.trim()
        .parse::<u32>()
        .ok()
        .filter(|n| (range.0..=range.1).contains(n))
}

/// The build's file list written by scripts/sw-manifest.py (`/precache.json`), for the "prepare for
/// offline" screen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Precache {
    pub version: String,
    pub files: Vec<PrecacheFile>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrecacheFile {
    pub url: String,
    pub bytes: u64,
}

impl Precache {
    pub fn total_bytes(&self) -> u64 {
        self.files.iter().map(|f| f.bytes).sum()
    }

    pub fn cache_name(&self) -> String {
        format!("perak-{}", self.version)
    }

    /// How many of the files are photos, of designs or trend references (every width counts: each is a
    /// file kept).
    pub fn photo_files(&self) -> usize {
        self.files
            .iter()
            .filter(|f| {
                f.url
                    .starts_with(crate::domain::catalogue::model::PHOTO_DIR)
            })
            .count()
    }
}

/// Progress of preparing for offline, in files and bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    pub files_done: usize,
    pub files_total: usize,
    pub bytes_done: u64,
    pub bytes_total: u64,
}

impl Progress {
    /// Whole percent by bytes (files when there are no bytes), never above 100.
    pub fn percent(&self) -> u32 {
        let (done, total) = if self.bytes_total > 0 {
            (self.bytes_done, self.bytes_total)
        } else {
            (self.files_done as u64, self.files_total as u64)
        };
        if total == 0 {
            return 100;
        }
        ((done.min(total) * 100) / total) as u32
    }

    pub fn complete(&self) -> bool {
        self.files_done >= self.files_total
    }
}
