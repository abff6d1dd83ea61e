//! The interface's texts in every language, by key (`locales/*.json`; `build.rs` generates the tables).
//!
//! Indonesian is compiled into the module (in the release build, the texts home, the catalogue and the
//! app's frame show; the rest arrive from Indonesian's file with the first page loaded on demand); each
//! other language is a file that is fetched when a reader chooses it (`state::locale`) and installed here
//! once. This is why the app does not use leptos_i18n
//! (which it did until then): its dynamic loading for client-side apps fetches every language, the default
//! included, turns every text into a future, and panics when the fetch fails. Keeping the texts as
//! `&'static str` behind the same two macros, `td_string!` and `t_string!`, kept the call sites as they
//! were, and the checks leptos_i18n gave are still made at compile time: an unknown key does not compile,
//! and neither does a call whose arguments differ from the text's placeholders (`build.rs` checks that
//! every language has the same placeholders).

use std::fmt;
use std::sync::OnceLock;

pub use crate::domain::Lang as Locale;
pub use crate::state::{I18n, use_i18n};

mod tables {
    include!(concat!(env!("OUT_DIR"), "/i18n_tables.rs"));
}

use tables::{ARGS, DEFAULT_STRINGS, TEXTS_ON_DEMAND};
pub use tables::{KEY_COUNT, KEY_NAMES, KEYS_FINGERPRINT, Key, ON_DEMAND_KEYS};

/// The installed texts of the languages other than the default, in `Key` order.
static LOADED: [OnceLock<Box<[Box<str>]>>; 4] = [const { OnceLock::new() }; 4];

/// Indonesian in full, from its file: in the release build the module holds only the texts that home,
/// the catalogue and the app's frame show, and the rest arrive with the first page loaded on demand.
static DEFAULT_IN_FULL: OnceLock<Box<[Box<str>]>> = OnceLock::new();

fn slot(locale: Locale) -> Option<&'static OnceLock<Box<[Box<str>]>>> {
    match locale {
        Locale::Id => None,
        Locale::En => Some(&LOADED[0]),
        Locale::De => Some(&LOADED[1]),
        Locale::Fr => Some(&LOADED[2]),
        Locale::Nl => Some(&LOADED[3]),
    }
}

/// The text of `key` in `locale`; Indonesian while that language's file has not been installed (the
/// locale state never switches to a language before its texts are in).
pub fn text(locale: Locale, key: Key) -> &'static str {
    let index = key as usize;
    if let Some(table) =
        slot(locale).and_then(|s| s.get().map(|t| &**t).or_else(|| bundled(locale, s)))
    {
        return &table[index];
    }
    let text = DEFAULT_STRINGS[index];
    if TEXTS_ON_DEMAND && text.is_empty() {
        match DEFAULT_IN_FULL.get() {
            Some(table) => return &table[index],
            // A text that first-module code shows but `build.rs` took for an on-demand page's: the
            // page marks it, and every end-to-end visit checks for the mark.
            None => crate::platform::locales::report_missing(index),
        }
    }
    text
}

/// Whether the texts that only on-demand pages show are here (always, but in the release build once
/// Indonesian's file has been installed).
pub fn page_texts_installed() -> bool {
    !TEXTS_ON_DEMAND || DEFAULT_IN_FULL.get().is_some()
}

#[cfg(not(target_arch = "wasm32"))]
fn bundled(
    locale: Locale,
    slot: &'static OnceLock<Box<[Box<str>]>>,
) -> Option<&'static [Box<str>]> {
    let source = tables::bundled(locale.code())?;
    let table = parse(source).ok()?;
    Some(slot.get_or_init(|| table))
}

#[cfg(target_arch = "wasm32")]
fn bundled(_: Locale, _: &'static OnceLock<Box<[Box<str>]>>) -> Option<&'static [Box<str>]> {
    None
}

/// Whether `locale`'s texts can be shown now.
pub fn is_installed(locale: Locale) -> bool {
    slot(locale).is_none_or(|s| s.get().is_some() || cfg!(not(target_arch = "wasm32")))
}

/// The language a visit starts in: the address's (what a shared link carries), then the choice stored on
/// this device, then the first of the browser's languages the app has, then Indonesian.
pub fn choose(address: Option<Locale>, stored: Option<&str>, browser: &[String]) -> Locale {
    address
        .or_else(|| stored.and_then(Locale::parse))
        .or_else(|| browser.iter().find_map(|l| Locale::parse(l)))
        .unwrap_or_default()
}

/// Why a language file was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not a JSON object or list of strings.
    Malformed(String),
    /// A key this build needs is absent (a file from an older build, say).
    MissingKey(&'static str),
    /// A served file whose keys are not this build's (its fingerprint or its length differs).
    OtherBuild,
    /// A served file with an empty text, by its place in `Key` order.
    Empty(usize),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Malformed(e) => write!(f, "not a language file: {e}"),
            LoadError::MissingKey(k) => write!(f, "the text `{k}` is missing"),
            LoadError::OtherBuild => write!(f, "the file belongs to another build"),
            LoadError::Empty(i) => write!(f, "text number {i} is empty"),
        }
    }
}

/// Reads a language file into `Key` order. The build serves each language as a list
/// (`scripts/assemble.py`): the keys' fingerprint, then every text in `Key` order, so that the module
/// needs no key names to read it. The files the collective edits (`locales/xx.json`) are objects of key
/// to text, read by name on the host and in tests. Either way a missing or empty text refuses the
/// whole file, so that a stale file never shows a page half in another language.
pub fn parse(source: &str) -> Result<Box<[Box<str>]>, LoadError> {
    if source.trim_start().starts_with('[') {
        parse_served(source)
    } else {
        parse_named(source)
    }
}

fn parse_served(source: &str) -> Result<Box<[Box<str>]>, LoadError> {
    let list: Vec<std::borrow::Cow<'_, str>> =
        serde_json::from_str(source).map_err(|e| LoadError::Malformed(e.to_string()))?;
    let Some((fingerprint, texts)) = list.split_first() else {
        return Err(LoadError::OtherBuild);
    };
    if fingerprint != KEYS_FINGERPRINT || texts.len() != KEY_COUNT {
        return Err(LoadError::OtherBuild);
    }
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            (!t.trim().is_empty())
                .then(|| Box::from(t.as_ref()))
                .ok_or(LoadError::Empty(i))
        })
        .collect()
}

/// The release build reads only served files: the key names stay out of its module.
#[cfg(all(feature = "split", target_arch = "wasm32"))]
fn parse_named(_: &str) -> Result<Box<[Box<str>]>, LoadError> {
    Err(LoadError::Malformed(
        "not this build's list of texts".to_owned(),
    ))
}

#[cfg(not(all(feature = "split", target_arch = "wasm32")))]
fn parse_named(source: &str) -> Result<Box<[Box<str>]>, LoadError> {
    let map: std::collections::HashMap<&str, std::borrow::Cow<'_, str>> =
        serde_json::from_str(source).map_err(|e| LoadError::Malformed(e.to_string()))?;
    KEY_NAMES
        .iter()
        .map(|name| {
            map.get(name)
                .filter(|t| !t.trim().is_empty())
                .map(|t| Box::from(t.as_ref()))
                .ok_or(LoadError::MissingKey(name))
        })
        .collect()
}

/// Installs a language's texts from its file (Indonesian's: the texts on-demand pages show, where the
/// module leaves them out). Installing twice keeps the first: texts already handed out as
/// `&'static str` must stay valid.
pub fn install(locale: Locale, source: &str) -> Result<(), LoadError> {
    let slot = match slot(locale) {
        Some(slot) => slot,
        None if TEXTS_ON_DEMAND => &DEFAULT_IN_FULL,
        None => return Ok(()),
    };
    if slot.get().is_none() {
        let table = parse(source)?;
        let _ = slot.set(table);
    }
    Ok(())
}

/// Whether `names` are exactly the placeholders of `key`'s text. `const`, so that `td_string!` checks
/// its arguments while compiling.
pub const fn takes_args(key: Key, names: &[&str]) -> bool {
    let expected = ARGS[key as usize];
    if expected.len() != names.len() {
        return false;
    }
    let mut i = 0;
    while i < names.len() {
        let mut found = false;
        let mut j = 0;
        while j < expected.len() {
            if str_eq(names[i], expected[j]) {
                found = true;
            }
            j += 1;
        }
        if !found {
            return false;
        }
        i += 1;
    }
    true
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// `template` with its `{{ name }}` placeholders filled from `args`; one without a value stays as
/// written, which shows the gap rather than hiding it.
pub fn interpolate(template: &str, args: &[(&str, &dyn fmt::Display)]) -> String {
    use fmt::Write as _;
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            rest = &rest[start..];
            break;
        };
        let name = after[..end].trim();
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                let _ = write!(out, "{value}");
            }
            None => out.push_str(&rest[start..start + 2 + end + 2]),
        }
        rest = &after[end + 2..];
    }
    out.push_str(rest);
    out
}

/// A text in a given language: `td_string!(locale, key)`, or with its placeholders filled,
/// `td_string!(locale, key, count = n)` (then a `String`).
#[macro_export]
macro_rules! td_string {
    ($locale:expr, $key:ident $(,)?) => {{
        const {
            assert!(
                $crate::i18n::takes_args($crate::i18n::Key::$key, &[]),
                concat!("the text `", stringify!($key), "` has placeholders to fill")
            )
        };
        $crate::i18n::text($locale, $crate::i18n::Key::$key)
    }};
    ($locale:expr, $key:ident, $($arg:ident = $value:expr),+ $(,)?) => {{
        const {
            assert!(
                $crate::i18n::takes_args($crate::i18n::Key::$key, &[$(stringify!($arg)),+]),
                concat!("the arguments differ from the placeholders of `", stringify!($key), "`")
            )
        };
        $crate::i18n::interpolate(
            $crate::i18n::text($locale, $crate::i18n::Key::$key),
            &[$((stringify!($arg), &$value as &dyn ::core::fmt::Display)),+],
        )
    }};
}

/// A text in the current language of an `I18n` context: `t_string!(i18n, key, …)`. Reading it tracks
/// the language, so a view that shows it follows the switch.
#[macro_export]
macro_rules! t_string {
    ($i18n:expr, $($rest:tt)+) => {
        $crate::td_string!($i18n.get_locale(), $($rest)+)
    };
}

pub use crate::{t_string, td_string};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_by_name() {
        let t = interpolate("{{ a }} and {{b}}, {{ c }}", &[("a", &1), ("b", &"two")]);
        assert_eq!(t, "1 and two, {{ c }}");
        assert_eq!(interpolate("x {{ a", &[("a", &1)]), "x {{ a");
    }

    #[test]
    fn a_file_missing_a_key_is_refused() {
        assert!(matches!(parse("{}"), Err(LoadError::MissingKey(_))));
        assert!(matches!(parse("[1]"), Err(LoadError::Malformed(_))));
        assert!(matches!(parse("[\"a\", 1]"), Err(LoadError::Malformed(_))));
        assert!(matches!(parse("{\"a\": 1}"), Err(LoadError::Malformed(_))));
    }

    /// A served file as `scripts/assemble.py` writes it, from a language's named texts.
    fn served(fingerprint: &str, named: &str) -> String {
        let map: std::collections::BTreeMap<String, String> = serde_json::from_str(named).unwrap();
        let mut list = vec![fingerprint.to_owned()];
        list.extend(KEY_NAMES.iter().map(|k| map[*k].clone()));
        serde_json::to_string(&list).unwrap()
    }

    #[test]
    fn a_served_list_reads_as_its_named_file_does() {
        let named = include_str!("../../locales/de.json");
        assert_eq!(
            parse(&served(KEYS_FINGERPRINT, named)).unwrap(),
            parse(named).unwrap()
        );
    }

    #[test]
    fn a_served_list_of_another_build_or_with_a_gap_is_refused() {
        let named = include_str!("../../locales/en.json");
        assert_eq!(
            parse(&served("0123456789abcdef", named)),
            Err(LoadError::OtherBuild)
        );
        let mut short: Vec<String> =
            serde_json::from_str(&served(KEYS_FINGERPRINT, named)).unwrap();
        short.pop();
        assert_eq!(
            parse(&serde_json::to_string(&short).unwrap()),
            Err(LoadError::OtherBuild)
        );
        let mut gap: Vec<String> = serde_json::from_str(&served(KEYS_FINGERPRINT, named)).unwrap();
        gap[3] = " ".to_owned();
        assert_eq!(
            parse(&serde_json::to_string(&gap).unwrap()),
            Err(LoadError::Empty(2))
        );
        assert_eq!(parse("[]"), Err(LoadError::OtherBuild));
    }

    #[test]
    fn the_compiled_checks_know_the_placeholders() {
        assert!(takes_args(Key::card_by, &["workshop"]));
        assert!(!takes_args(Key::card_by, &[]));
        assert!(!takes_args(Key::card_by, &["maker"]));
        assert!(takes_args(Key::home_heading, &[]));
    }

    #[test]
    fn the_address_then_the_stored_choice_then_the_browser_decide() {
        let browser = ["es-ES".to_owned(), "de-DE".to_owned(), "en".to_owned()];
        assert_eq!(choose(Some(Locale::Fr), Some("nl"), &browser), Locale::Fr);
        assert_eq!(choose(None, Some("nl"), &browser), Locale::Nl);
        assert_eq!(choose(None, Some("xx-garbage"), &browser), Locale::De);
        assert_eq!(choose(None, None, &["es".to_owned()]), Locale::Id);
        assert_eq!(choose(None, None, &[]), Locale::Id);
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let date = |l: Locale| {
            td_string!(
                l,
                date_format,
                day = 16,
                month = crate::labels::month(l, 1),
                year = 2026
            )
        };
        assert_eq!(date(Locale::Fr), "16 janv. 2026");
        assert_eq!(date(Locale::De), "16. Jan. 2026");
        assert_eq!(date(Locale::Nl), "16 jan. 2026");
        assert_eq!(date(Locale::Id), "16 Jan 2026");
    }

    #[test]
    fn every_language_reads_on_the_host() {
        for locale in Locale::ALL {
            assert!(is_installed(locale));
            assert!(!text(locale, Key::home_heading).is_empty());
        }
        assert_ne!(
            text(Locale::Id, Key::lang_switch_label),
            text(Locale::En, Key::lang_switch_label)
        );
    }
}
