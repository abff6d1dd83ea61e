//! The catalogue overlay of this device (`domain::catalogue::overlay`), in local storage: read while
//! the catalogue loads, before anything is drawn, so it must be at hand without waiting (its parsing
//! and applying arrive in a chunk of their own, `state::catalogue::with_overlay`).

use crate::domain::catalogue::overlay::Overlay;
use crate::platform::storage::{self, OVERLAY_KEY, WriteFault};

/// What is stored: nothing, an overlay, or something that cannot be read (then the shipped catalogue
/// is shown and the studio says so).
#[derive(Clone, Debug, PartialEq)]
pub enum StoredOverlay {
    None,
    Held(Overlay),
    Unreadable,
}

pub fn read() -> StoredOverlay {
    storage::read_local(OVERLAY_KEY).map_or(StoredOverlay::None, |text| parse(&text))
}

/// What a stored text holds.
pub fn parse(text: &str) -> StoredOverlay {
    match serde_json::from_str::<Overlay>(text) {
        Ok(o) if o.is_empty() => StoredOverlay::None,
        Ok(o) => StoredOverlay::Held(o),
        Err(_) => StoredOverlay::Unreadable,
    }
}

pub fn write(overlay: &Overlay) -> Result<(), WriteFault> {
    let json = serde_json::to_string(overlay).map_err(|_| WriteFault::Refused)?;
    storage::write_local(OVERLAY_KEY, &json)
}

/// Back to the shipped catalogue.
pub fn clear() -> Result<(), WriteFault> {
    storage::remove(OVERLAY_KEY)
}
