//! Rewrites the first view in `index.html` from the shipped catalogue and translations:
//! `cargo run --example first_paint`. See `src/first_paint.rs` for what it is and why.

#[cfg(not(target_arch = "wasm32"))]
use std::{path::Path, process::ExitCode};

#[cfg(not(target_arch = "wasm32"))]
use perak_batankrajan::first_paint::{from_project, splice};

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
    let html = std::fs::read_to_string(root.join("index.html"))
        .map_err(|e| format!("cannot read index.html: {e}"))?;
    let updated = splice(&html, &from_project(root)?)?;
    if updated == html {
        return Ok("index.html already current".into());
    }
    std::fs::write(root.join("index.html"), updated)
        .map_err(|e| format!("cannot write index.html: {e}"))?;
    Ok("index.html rewritten".into())
}
