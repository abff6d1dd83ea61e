//! Generates the typed translation module and refuses to build when the locales disagree: leptos_i18n
//! only warns about a key missing from a non-default locale, and a half-translated UI must not ship.

use std::collections::BTreeSet;
use std::error::Error;
use std::path::PathBuf;

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

const DEFAULT_LOCALE: &str = "id";
const OTHER_LOCALES: &[&str] = &["en"];

fn keys(locale: &str) -> Result<BTreeSet<String>, Box<dyn Error>> {
    let path = format!("locales/{locale}.json");
    let text = std::fs::read_to_string(&path)?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
    let map = value
        .as_object()
        .ok_or_else(|| format!("{path}: the top level must be an object"))?;
    for (k, v) in map {
        if v.as_str().is_none_or(|s| s.trim().is_empty()) {
            return Err(format!("{path}: key `{k}` has no text").into());
        }
    }
    Ok(map.keys().cloned().collect())
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");

    let reference = keys(DEFAULT_LOCALE)?;
    for locale in OTHER_LOCALES {
        let other = keys(locale)?;
        let missing: Vec<_> = reference.difference(&other).collect();
        let extra: Vec<_> = other.difference(&reference).collect();
        if !missing.is_empty() || !extra.is_empty() {
            return Err(format!(
                "locales/{locale}.json differs from locales/{DEFAULT_LOCALE}.json: missing {missing:?}, extra {extra:?}"
            )
            .into());
        }
    }

    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR not set")?).join("i18n");
    // Attribute values (aria-label, <title>) need translations as strings, interpolated ones included.
    let mut cfg =
        Config::new(DEFAULT_LOCALE)?.parse_options(ParseOptions::new().interpolate_display(true));
    for locale in OTHER_LOCALES {
        cfg = cfg.add_locale(locale)?;
    }
    let infos = TranslationsInfos::parse(cfg)?;
    infos.emit_diagnostics();
    infos.rerun_if_locales_changed();
    infos.generate_i18n_module(out)?;
    Ok(())
}
