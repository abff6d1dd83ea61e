//! What native tests share: the shipped catalogue, a ready draft, and reading text out of HTML.
#![allow(dead_code)] // each test file uses what it needs

use std::path::Path;

use perak_batankrajan::domain::studio::draft::DesignDraft;
use perak_batankrajan::domain::{Catalogue, load_from_dir};

/// The catalogue as `public/data` ships it.
pub fn catalogue() -> Catalogue {
    load_from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data")).unwrap()
}

/// A new ring, every required field filled in, named `name` in Indonesian (its id follows) and
/// "`name` (en)" in English.
pub fn new_ring(c: &Catalogue, uid: &str, name: &str) -> DesignDraft {
    let mut d = DesignDraft::new(uid.into(), "2026-12-05");
    d.name.id = name.into();
    d.name.en = format!("{name} (en)");
    d.workshop = c.workshops[0].id.clone();
    d.motifs = vec![c.motifs[0].id.clone()];
    d.weight_g = "5,2".into();
    d.width_mm = "20".into();
    d.height_mm = "21".into();
    d.depth_mm = "8".into();
    d
}

/// Text as HTML escapes it, read back (the five entities the pre-rendered pages and the first view use).
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}
