//! Exhibition kiosk settings: the staff PIN (kept only as a salted, iterated hash), idle timing, and the
//! rules for them. The browser side stores these and runs the timers.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub const PIN_LEN: (usize, usize) = (4, 8);
pub const IDLE_SECS: (u32, u32) = (10, 3600);
/// The floor: a visitor gets at least 20 seconds to answer "Still there?".
pub const COUNTDOWN_MIN_SECS: u32 = 20;
/// Enough rounds that guessing a 4-digit PIN from a copied hash takes real work, few enough to stay
/// well under a frame on a kiosk's CPU.
pub const PIN_ROUNDS: u32 = 20_000;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinHash {
    pub salt: String,
    pub hash: String,
    pub rounds: u32,
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
}

impl Default for KioskSettings {
    fn default() -> Self {
        KioskSettings {
            enabled: false,
            pin: None,
            idle_secs: 90,
            countdown_secs: 30,
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
    /// Reads stored settings; anything unreadable is the default (kiosk off, no PIN), never an error.
    pub fn parse(stored: &str) -> KioskSettings {
        let mut s: KioskSettings = serde_json::from_str(stored).unwrap_or_default();
        s.idle_secs = s.idle_secs.clamp(IDLE_SECS.0, IDLE_SECS.1);
        s.countdown_secs = s.countdown_secs.max(COUNTDOWN_MIN_SECS);
        s
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

/// Iterated salted SHA-256. The salt comes from the browser's random source.
pub fn hash_pin(pin: &str, salt: &[u8], rounds: u32) -> PinHash {
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
    PinHash {
        salt: hex(salt),
        hash: hex(&digest),
        rounds: rounds.max(1),
    }
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

/// Compares in constant time over the digest so the check does not leak how much of a guess matched.
pub fn verify_pin(pin: &str, stored: &PinHash) -> bool {
    let Some(salt) = unhex(&stored.salt) else {
        return false;
    };
    let candidate = hash_pin(pin, &salt, stored.rounds);
    candidate.hash.len() == stored.hash.len()
        && candidate
            .hash
            .bytes()
            .zip(stored.hash.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// Parses a seconds field typed by staff.
pub fn parse_secs(s: &str, range: (u32, u32)) -> Option<u32> {
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
