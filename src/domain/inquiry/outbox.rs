//! The outbox: every inquiry is written here before any network use and leaves only when the buyer or
//! staff delete it after delivery or export. The state machine below is the whole delivery policy; the
//! browser side only stores entries, performs the POST it is told to and reports what happened.

use serde::{Deserialize, Serialize};

use crate::domain::catalogue::model::RetryPolicy;
use crate::domain::inquiry::{Inquiry, InquiryBody};
use crate::domain::shared::time::iso_utc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Whatsapp,
    Email,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Status {
    /// Stored on the device, waiting for its next attempt.
    Saved,
    /// A POST is in flight. Found on start-up, it means the page died mid-send: the entry goes back to
    /// Saved and is sent again with the same idempotency key.
    Sending,
    Delivered {
        at: u64,
    },
    /// The endpoint refused it for good (a 4xx other than 408/429); the reason is kept.
    Failed {
        reason: String,
    },
    /// The buyer sent it themselves through WhatsApp or e-mail.
    HandedOff {
        channel: Channel,
        at: u64,
    },
}

impl Status {
    pub fn key(&self) -> &'static str {
        match self {
            Status::Saved => "saved",
            Status::Sending => "sending",
            Status::Delivered { .. } => "delivered",
            Status::Failed { .. } => "failed",
            Status::HandedOff {
                channel: Channel::Whatsapp,
                ..
            } => "whatsapp",
            Status::HandedOff {
                channel: Channel::Email,
                ..
            } => "email",
        }
    }
}

/// One workshop's part handed off by the buyer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Handoff {
    /// Empty for an inquiry without designs (it goes to the collective).
    pub workshop: String,
    pub channel: Channel,
    pub at: u64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Client-generated, and the `Idempotency-Key` of every attempt.
    pub id: String,
    pub created_at: u64,
    pub inquiry: Inquiry,
    pub status: Status,
    #[serde(default)]
    pub attempts: u32,
    #[serde(default)]
    pub next_attempt_at: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    #[serde(default)]
    pub exported: bool,
    #[serde(default)]
    pub handoffs: Vec<Handoff>,
}

/// What one delivery attempt came to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Delivered,
    /// Worth trying again: no network, a timeout, a dropped connection, 408, 429 or 5xx.
    Retry(String),
    /// The endpoint will never accept it as it is.
    Reject(String),
}

/// Reads an HTTP status (or a transport error when there is none) as an outcome.
pub fn classify(status: Option<u16>, detail: &str) -> Outcome {
    match status {
        Some(s) if (200..300).contains(&s) => Outcome::Delivered,
        Some(s @ (408 | 429)) => Outcome::Retry(format!("HTTP {s}")),
        Some(s) if (400..500).contains(&s) => Outcome::Reject(if detail.is_empty() {
            format!("HTTP {s}")
        } else {
            format!("HTTP {s}: {detail}")
        }),
        Some(s) => Outcome::Retry(format!("HTTP {s}")),
        None => Outcome::Retry(detail.to_owned()),
    }
}

impl Entry {
    pub fn new(id: String, now: u64, inquiry: Inquiry) -> Entry {
        Entry {
            id,
            created_at: now,
            inquiry,
            status: Status::Saved,
            attempts: 0,
            next_attempt_at: now,
            last_error: None,
            exported: false,
            handoffs: Vec::new(),
        }
    }

    /// Whether the outbox will send it to the endpoint by itself once it can (now or later, whenever
    /// the network allows): what an offline device is holding back.
    pub fn waits_for_endpoint(&self) -> bool {
        self.inquiry.route == crate::domain::inquiry::Route::Endpoint
            && matches!(self.status, Status::Saved | Status::Sending)
    }

    /// Whether the delivery loop should send it now.
    pub fn is_due(&self, now: u64) -> bool {
        self.status == Status::Saved && self.next_attempt_at <= now
    }

    /// Saved → Sending. Returns false (and changes nothing) from any other state.
    pub fn begin_send(&mut self) -> bool {
        if self.status != Status::Saved {
            return false;
        }
        self.status = Status::Sending;
        self.attempts += 1;
        true
    }

    /// Sending → Delivered, Saved (with the next attempt scheduled) or Failed. Ignored unless Sending, so a
    /// late answer cannot overwrite what the user did meanwhile.
    pub fn finish(&mut self, outcome: Outcome, now: u64, policy: &RetryPolicy, jitter: f64) {
        if self.status != Status::Sending {
            return;
        }
        match outcome {
            Outcome::Delivered => {
                self.status = Status::Delivered { at: now };
                self.last_error = None;
            }
            Outcome::Retry(why) => {
                self.status = Status::Saved;
                self.next_attempt_at = now + policy.delay(self.attempts, jitter);
                self.last_error = Some(why);
            }
            Outcome::Reject(why) => {
                self.status = Status::Failed {
                    reason: why.clone(),
                };
                self.last_error = Some(why);
            }
        }
    }

    /// "Retry now": Saved or Failed → Saved, due immediately.
    pub fn retry_now(&mut self, now: u64) -> bool {
        match self.status {
            Status::Saved | Status::Failed { .. } => {
                self.status = Status::Saved;
                self.next_attempt_at = now;
                true
            }
            _ => false,
        }
    }

    /// After a reload: an attempt that was in flight when the page died is started again.
    pub fn recover(&mut self) {
        if self.status == Status::Sending {
            self.status = Status::Saved;
        }
    }

    /// The buyer opened WhatsApp or e-mail for one workshop's part. When every part has gone, the entry
    /// is handed off as a whole and the endpoint no longer sends it.
    pub fn hand_off(&mut self, workshop: &str, channel: Channel, now: u64) -> bool {
        if matches!(self.status, Status::Delivered { .. } | Status::Sending) {
            return false;
        }
        if !self.handoffs.iter().any(|h| h.workshop == workshop) {
            self.handoffs.push(Handoff {
                workshop: workshop.to_owned(),
                channel,
                at: now,
            });
        }
        let mut parts = self.inquiry.workshops();
        if parts.is_empty() {
            parts.push(String::new());
        }
        if parts
            .iter()
            .all(|w| self.handoffs.iter().any(|h| &h.workshop == w))
        {
            self.status = Status::HandedOff { channel, at: now };
        }
        true
    }

    pub fn handed_off(&self, workshop: &str) -> bool {
        self.handoffs.iter().any(|h| h.workshop == workshop)
    }

    pub fn mark_exported(&mut self) {
        self.exported = true;
    }

    /// Deleting is only offered once the inquiry is safe elsewhere: delivered, or exported to a file. A
    /// hand-off only opened WhatsApp or the mail program; whether the buyer pressed send there is unknown.
    pub fn can_delete(&self) -> bool {
        self.exported || matches!(self.status, Status::Delivered { .. })
    }

    pub fn body(&self) -> InquiryBody<'_> {
        InquiryBody {
            id: &self.id,
            created_at: iso_utc(self.created_at),
            inquiry: &self.inquiry,
        }
    }

    pub fn body_json(&self) -> String {
        serde_json::to_string(&self.body()).unwrap_or_default()
    }
}

/// The entry due soonest, and when; None when nothing waits for the endpoint.
pub fn next_due(entries: &[Entry]) -> Option<u64> {
    entries
        .iter()
        .filter(|e| {
            e.status == Status::Saved && e.inquiry.route == crate::domain::inquiry::Route::Endpoint
        })
        .map(|e| e.next_attempt_at)
        .min()
}

/// Reads stored entries back, skipping any that no longer parse (a storage written by a future or broken
/// version must not stop the outbox from opening). Returns the entries and how many were skipped.
pub fn parse_stored<'a>(values: impl IntoIterator<Item = &'a str>) -> (Vec<Entry>, usize) {
    let mut out = Vec::new();
    let mut skipped = 0;
    for v in values {
        match serde_json::from_str::<Entry>(v) {
            Ok(mut e) => {
                e.recover();
                out.push(e);
            }
            Err(_) => skipped += 1,
        }
    }
    out.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(a.id.cmp(&b.id)));
    (out, skipped)
}

pub const CSV_COLUMNS: [&str; 17] = [
    "id",
    "created_at",
    "status",
    "attempts",
    "last_error",
    "route",
    "name",
    "company",
    "country",
    "email",
    "whatsapp",
    "language",
    "consent",
    "consent_version",
    "message",
    "items",
    "handed_off_to",
];

/// A cell that a spreadsheet would read as a formula gets a leading apostrophe (OWASP's advice), then
/// the usual CSV quoting.
pub fn csv_cell(s: &str) -> String {
    let neutral = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if neutral.contains([',', '"', '\n', '\r'])
        || neutral.starts_with(' ')
        || neutral.ends_with(' ')
    {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

fn items_cell(e: &Entry) -> String {
    e.inquiry
        .items
        .iter()
        .map(|l| {
            let mut s = format!("{} x{}", l.item.key(), l.qty);
            if let Some(size) = &l.size {
                s.push_str(&format!(" size {size}"));
            }
            if let Some(f) = l.finish {
                s.push_str(&format!(" {}", f.key()));
            }
            s.push_str(&format!(" [{}]", l.workshop));
            s
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The whole outbox as CSV (RFC 4180, CRLF line ends, UTF-8 with a BOM so spreadsheets read Indonesian
/// and emoji correctly).
pub fn to_csv(entries: &[Entry]) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&CSV_COLUMNS.join(","));
    out.push_str("\r\n");
    for e in entries {
        let i = &e.inquiry;
        let handed = e
            .handoffs
            .iter()
            .map(|h| {
                let ch = match h.channel {
                    Channel::Whatsapp => "whatsapp",
                    Channel::Email => "email",
                };
                if h.workshop.is_empty() {
                    ch.to_owned()
                } else {
                    format!("{} {ch}", h.workshop)
                }
            })
            .collect::<Vec<_>>()
            .join("; ");
        let row = [
            e.id.clone(),
            iso_utc(e.created_at),
            e.status.key().to_owned(),
            e.attempts.to_string(),
            e.last_error.clone().unwrap_or_default(),
            i.route.key().to_owned(),
            i.name.clone(),
            i.company.clone().unwrap_or_default(),
            i.country.clone(),
            i.email.clone().unwrap_or_default(),
            i.whatsapp.clone().unwrap_or_default(),
            i.language.clone(),
            i.consent.to_string(),
            i.consent_version.clone(),
            i.message.clone(),
            items_cell(e),
            handed,
        ];
        out.push_str(
            &row.iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

/// Parses CSV as written by [`to_csv`] (and by spreadsheets): quoted cells, doubled quotes, CRLF.
pub fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let s = s.strip_prefix('\u{feff}').unwrap_or(s);
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                '"' => quoted = false,
                _ => cell.push(c),
            }
        } else {
            match c {
                '"' => quoted = true,
                ',' => row.push(std::mem::take(&mut cell)),
                '\r' if chars.peek() == Some(&'\n') => {}
                '\n' => {
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                _ => cell.push(c),
            }
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}

/// The whole outbox as JSON: each inquiry's body as POSTed, with its delivery state.
pub fn to_json(entries: &[Entry]) -> String {
    #[derive(Serialize)]
    struct Exported<'a> {
        #[serde(flatten)]
        body: InquiryBody<'a>,
        status: &'a Status,
        attempts: u32,
        #[serde(skip_serializing_if = "Option::is_none")]
        last_error: &'a Option<String>,
        handoffs: &'a [Handoff],
    }
    let all: Vec<Exported> = entries
        .iter()
        .map(|e| Exported {
            body: e.body(),
            status: &e.status,
            attempts: e.attempts,
            last_error: &e.last_error,
            handoffs: &e.handoffs,
        })
        .collect();
    serde_json::to_string_pretty(&all).unwrap_or_else(|_| "[]".into())
}

/// How long a delivered inquiry stays on the device, in days: the default, and the range staff may set.
/// Buyers' names and contacts are needed until the collective has them; after that a kiosk at a fair
/// is the last place they should linger.
pub const DEFAULT_RETENTION_DAYS: u32 = 30;
pub const RETENTION_DAYS: (u32, u32) = (1, 365);
const DAY_MS: u64 = 24 * 60 * 60 * 1000;

impl Entry {
    /// When the inquiry left the device's care: delivered to the endpoint, or handed off by the buyer.
    /// None while it still waits, or was refused (staff must see those).
    pub fn done_at(&self) -> Option<u64> {
        match self.status {
            Status::Delivered { at } | Status::HandedOff { at, .. } => Some(at),
            _ => None,
        }
    }
}

/// The ids of the entries retention removes at `now`: done more than `days` days ago. Entries that
/// still wait for delivery are never among them, however old.
pub fn expired(entries: &[Entry], now: u64, days: u32) -> Vec<String> {
    let keep_ms = u64::from(days.clamp(RETENTION_DAYS.0, RETENTION_DAYS.1)) * DAY_MS;
    entries
        .iter()
        .filter(|e| {
            e.done_at()
                .is_some_and(|at| now.saturating_sub(at) > keep_ms)
        })
        .map(|e| e.id.clone())
        .collect()
}

/// The ids of every entry that is done: what staff's "delete delivered inquiries now" removes.
pub fn done(entries: &[Entry]) -> Vec<String> {
    entries
        .iter()
        .filter(|e| e.done_at().is_some())
        .map(|e| e.id.clone())
        .collect()
}

/// `perak-outbox-20261129T0231-retention-30d.csv`: sortable, safe on every file system (no colons),
/// and saying how long the device keeps what it lists (the file itself is the reader's to delete).
pub fn export_file_name(now_ms: u64, csv: bool, retention_days: u32) -> String {
    let stamp: String = iso_utc(now_ms)
        .replace([':', '-'], "")
        .chars()
        .take(13)
        .collect();
    format!(
        "perak-outbox-{stamp}-retention-{retention_days}d.{}",
        if csv { "csv" } else { "json" }
    )
}
