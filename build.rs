//! Generates the translation tables from `locales/*.json` and refuses to build when the locales disagree:
//! a key missing from one locale, a key without text, or a placeholder (`{{ name }}`) that one locale has
//! and another lacks. A half-translated UI must not ship.
//!
//! Only Indonesian is compiled into the browser's module, and in the release build only the texts that
//! home, the catalogue and the app's frame show (`on_demand_keys`): the other languages, and Indonesian's
//! texts for the pages loaded on demand, are served as files (`scripts/assemble.py`) and loaded when
//! needed (`src/i18n`), so the first load does not grow with each language or page.
//! Host builds (tests, the first-paint writer) compile every locale in.

use std::collections::{BTreeMap, BTreeSet};
use std::error::Error;
use std::fmt::Write as _;
use std::path::PathBuf;

/// The order is the language switch's order; the first is the default.
const LOCALES: &[&str] = &["id", "en", "de", "fr", "nl"];

type Strings = BTreeMap<String, String>;

fn read(locale: &str) -> Result<Strings, Box<dyn Error>> {
    let path = format!("locales/{locale}.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
    let map = value
        .as_object()
        .ok_or_else(|| format!("{path}: the top level must be an object"))?;
    let mut strings = Strings::new();
    for (k, v) in map {
        let Some(s) = v.as_str().filter(|s| !s.trim().is_empty()) else {
            return Err(format!("{path}: key `{k}` has no text").into());
        };
        if !k
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            return Err(format!("{path}: key `{k}` is not snake_case").into());
        }
        strings.insert(k.clone(), s.to_owned());
    }
    Ok(strings)
}

/// The placeholder names of a text, `{{ name }}`, in order of first appearance.
fn placeholders(text: &str) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let end = after
            .find("}}")
            .ok_or_else(|| format!("unclosed `{{{{` in {text:?}"))?;
        let name = after[..end].trim();
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            return Err(format!("bad placeholder `{}` in {text:?}", &after[..end]));
        }
        if !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
        rest = &after[end + 2..];
    }
    Ok(names)
}

/// FNV-1a (64 bits) of the key names, one per line, in `Key` order: the served language files carry it
/// (`scripts/assemble.py` computes the same), so that a file from another build is refused instead of
/// showing texts under the wrong keys.
fn fingerprint(keys: &[&String]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let joined = keys
        .iter()
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    for byte in joined.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The keys whose texts only pages loaded on demand show. In the release build (`split`, wasm32) the
/// first module leaves their Indonesian texts out; each on-demand route fetches them with its code
/// (`locales/id.json`, `state::locale::page_texts`).
///
/// A page or component file counts as on demand when everything it makes public is named only in other
/// such files and in the lists that declare modules and routes (`pages/mod.rs`, `components/mod.rs`,
/// `pages/on_demand.rs`): a page that only `on_demand!` routes, or a component only those pages use. A
/// page routed from `app.rs` (home, the catalogue, "not found") is named there, so it is not. A file
/// with anything public this cannot name (`pub use`, `pub mod`, a macro) or with a trait impl stays in
/// the first module. A key is on demand when no other file names it. Names are matched as whole words,
/// comments and strings included, so a doubtful key stays in the module. The host-only pre-rendering
/// (`src/prerender`, `src/first_paint.rs`) never runs in the browser and is not counted.
fn on_demand_keys(keys: &BTreeSet<&String>) -> Result<BTreeSet<String>, Box<dyn Error>> {
    let mut files = Vec::new();
    let mut dirs = vec![PathBuf::from("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.ends_with("src/prerender") || path.ends_with("src/first_paint.rs") {
                continue;
            }
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path)?;
                files.push((path, text));
            }
        }
    }
    let words = |text: &str| -> BTreeSet<String> {
        text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let used: Vec<BTreeSet<String>> = files.iter().map(|(_, t)| words(t)).collect();
    let declares = |p: &PathBuf| {
        p.ends_with("src/pages/mod.rs")
            || p.ends_with("src/components/mod.rs")
            || p.ends_with("src/pages/on_demand.rs")
    };
    let candidate = |p: &PathBuf| {
        let parent = p.parent();
        !declares(p)
            && (parent.is_some_and(|d| d.ends_with("src/pages"))
                || parent.is_some_and(|d| d.ends_with("src/components")))
    };
    // The type an `impl` line adds to (`impl<T: X<Y>> Name<T> {` gives `Name`).
    fn impl_target(line: &str) -> Option<&str> {
        let mut rest = line.strip_prefix("impl")?.trim_start();
        if rest.starts_with('<') {
            let mut depth = 0;
            let end = rest.char_indices().find_map(|(i, c)| {
                match c {
                    '<' => depth += 1,
                    '>' => depth -= 1,
                    _ => {}
                }
                (depth == 0).then_some(i + 1)
            })?;
            rest = rest[end..].trim_start();
        }
        let name = rest
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .next()?;
        (!name.is_empty()).then_some(name)
    }
    // Whether `text` defines the type `name`.
    fn defines(text: &str, name: &str) -> bool {
        ["struct ", "enum ", "type "].iter().any(|kind| {
            text.match_indices(&format!("{kind}{name}"))
                .any(|(at, found)| {
                    !text[at + found.len()..]
                        .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
                })
        })
    }
    // The names a file makes public, or `None` when it has something public this cannot name.
    let public = |text: &str| -> Option<Vec<String>> {
        let mut names = Vec::new();
        for raw in text.lines() {
            let line = raw.trim_start();
            if line.starts_with("#[macro_export]")
                || (line.starts_with("impl") && line.contains(" for "))
            {
                return None;
            }
            // Methods added to a type defined elsewhere are called without naming this file.
            if raw.starts_with("impl") && !defines(text, impl_target(raw)?) {
                return None;
            }
            // Top-level items only: a method or a field is reached through its type, named already.
            let Some(mut rest) = raw.strip_prefix("pub") else {
                continue;
            };
            if let Some(scoped) = rest.strip_prefix('(') {
                rest = scoped.split_once(')')?.1;
            } else if !rest.starts_with(' ') {
                continue;
            }
            let mut tokens = rest.split_whitespace();
            let name = loop {
                match tokens.next()? {
                    "async" | "unsafe" | "extern" | "\"C\"" => continue,
                    "const" | "fn" | "struct" | "enum" | "static" | "type" | "trait" => {
                        let next = tokens.next()?;
                        if next == "fn" {
                            break tokens.next()?;
                        }
                        break next;
                    }
                    _ => return None,
                }
            };
            let name: String = name
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if name.is_empty() {
                return None;
            }
            names.push(name);
        }
        (!names.is_empty()).then_some(names)
    };
    let mut on_demand = vec![false; files.len()];
    loop {
        let mut changed = false;
        for (i, (path, text)) in files.iter().enumerate() {
            if on_demand[i] || !candidate(path) {
                continue;
            }
            let Some(items) = public(text) else {
                continue;
            };
            let only_on_demand = items.iter().all(|item| {
                files.iter().enumerate().all(|(j, (other, _))| {
                    j == i || on_demand[j] || declares(other) || !used[j].contains(item)
                })
            });
            if only_on_demand {
                on_demand[i] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    Ok(keys
        .iter()
        .filter(|k| {
            let named: Vec<usize> = (0..files.len())
                .filter(|&i| used[i].contains(k.as_str()))
                .collect();
            !named.is_empty() && named.iter().all(|&i| on_demand[i])
        })
        .map(|k| (*k).clone())
        .collect())
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=src");

    let mut all = Vec::new();
    for locale in LOCALES {
        println!("cargo::rerun-if-changed=locales/{locale}.json");
        all.push(read(locale)?);
    }
    let reference = &all[0];
    let keys: BTreeSet<&String> = reference.keys().collect();
    let mut args = Vec::new();
    for key in &keys {
        let mut expected = placeholders(&reference[*key]).map_err(|e| format!("id/{key}: {e}"))?;
        expected.sort();
        args.push(expected);
    }
    for (locale, strings) in LOCALES.iter().zip(&all).skip(1) {
        let other: BTreeSet<&String> = strings.keys().collect();
        let missing: Vec<_> = keys.difference(&other).collect();
        let extra: Vec<_> = other.difference(&keys).collect();
        if !missing.is_empty() || !extra.is_empty() {
            return Err(format!(
                "locales/{locale}.json differs from locales/id.json: missing {missing:?}, extra {extra:?}"
            )
            .into());
        }
        for (key, expected) in keys.iter().zip(&args) {
            let mut found =
                placeholders(&strings[*key]).map_err(|e| format!("{locale}/{key}: {e}"))?;
            found.sort();
            if &found != expected {
                return Err(format!(
                    "locales/{locale}.json `{key}` has placeholders {found:?}, locales/id.json has {expected:?}"
                )
                .into());
            }
        }
    }

    let mut out = String::from("// Generated by build.rs from locales/*.json. Do not edit.\n\n");
    out.push_str("/// Every text of the interface, named as in `locales/*.json`.\n");
    out.push_str("#[allow(non_camel_case_types, clippy::upper_case_acronyms)]\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq)]\n#[repr(u16)]\npub enum Key {\n");
    for key in &keys {
        writeln!(out, "    {key},")?;
    }
    out.push_str("}\n\n");
    writeln!(out, "pub const KEY_COUNT: usize = {};\n", keys.len())?;
    out.push_str(
        "/// The keys' names in `Key` order (sorted): the language files as edited are read by name (on the\n/// host, in tests); the release build reads served lists and holds no names.\n",
    );
    let names: Vec<&String> = keys.iter().copied().collect();
    writeln!(
        out,
        "pub static KEY_NAMES: [&str; KEY_COUNT] = {names:?};\n"
    )?;
    out.push_str("/// What a served language file names its keys by (`scripts/assemble.py` writes it first).\n");
    writeln!(
        out,
        "pub const KEYS_FINGERPRINT: &str = {:?};\n",
        fingerprint(&names)
    )?;
    // Only the release build, which cuts the module, leaves texts out: tests and `cargo check` build
    // every page into one module and have no file to fetch them from.
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some()
        && std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    let on_demand = on_demand_keys(&keys)?;
    out.push_str("/// Whether the texts only on-demand pages show are left out of `DEFAULT_STRINGS` (fetched with them).\n");
    writeln!(out, "pub(crate) const TEXTS_ON_DEMAND: bool = {split};\n")?;
    out.push_str("/// The keys whose texts only on-demand pages show.\n");
    let listed: Vec<&String> = on_demand.iter().collect();
    writeln!(out, "pub static ON_DEMAND_KEYS: &[&str] = &{listed:?};\n")?;
    out.push_str("/// The placeholders of each text, sorted: `td_string!` checks its arguments against them.\n");
    out.push_str("pub(crate) const ARGS: [&[&str]; KEY_COUNT] = [\n");
    for a in &args {
        writeln!(out, "    &{a:?},")?;
    }
    out.push_str("];\n\n");
    let empty = String::new();
    let default: Vec<&String> = keys
        .iter()
        .map(|k| {
            if split && on_demand.contains(*k) {
                &empty
            } else {
                &reference[*k]
            }
        })
        .collect();
    writeln!(
        out,
        "/// The default language; in the release build without the texts only on-demand pages show (empty).\npub(crate) static DEFAULT_STRINGS: [&str; KEY_COUNT] = {default:?};\n"
    )?;
    out.push_str(
        "/// On the host every language is compiled in (tests, pages written at build time).\n",
    );
    out.push_str("#[cfg(not(target_arch = \"wasm32\"))]\npub(crate) fn bundled(code: &str) -> Option<&'static str> {\n    match code {\n");
    for locale in LOCALES.iter().skip(1) {
        writeln!(
            out,
            "        {locale:?} => Some(include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/locales/{locale}.json\"))),"
        )?;
    }
    out.push_str("        _ => None,\n    }\n}\n");

    let path =
        PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR not set")?).join("i18n_tables.rs");
    std::fs::write(path, out)?;
    Ok(())
}
