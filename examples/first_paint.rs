//! Rewrites the first view in `index.html` from the shipped catalogue and translations:
//! `cargo run --example first_paint`. See `src/first_paint.rs` for what it is and why.

#[cfg(not(target_arch = "wasm32"))]
use std::{path::Path, process::ExitCode};

#[cfg(not(target_arch = "wasm32"))]
use perak_batankrajan::domain::load_from_dir;
#[cfg(not(target_arch = "wasm32"))]
use perak_batankrajan::first_paint::{Texts, block, splice};

// The module it uses is host-only; built for the browser (clippy's wasm32 pass) it does nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match run(root) {
        Ok(msg) => {
            println!("first_paint: {msg}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("first_paint: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run(root: &Path) -> Result<String, String> {
    let read = |p: &str| {
        std::fs::read_to_string(root.join(p)).map_err(|e| format!("cannot read {p}: {e}"))
    };
    let catalogue = load_from_dir(&root.join("public/data"))
        .map_err(|errors| format!("the catalogue does not load: {errors:?}"))?;
    let id = Texts::parse(&read("locales/id.json")?)?;
    let en = Texts::parse(&read("locales/en.json")?)?;
    let html = read("index.html")?;
    let updated = splice(&html, &block(&catalogue, &id, &en)?)?;
    if updated == html {
        return Ok("index.html already current".into());
    }
    std::fs::write(root.join("index.html"), updated)
        .map_err(|e| format!("cannot write index.html: {e}"))?;
    Ok("index.html rewritten".into())
}
