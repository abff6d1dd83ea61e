use std::cell::Cell;

use leptos::prelude::*;

use crate::domain::Lang;
use crate::i18n::{self, Locale};
use crate::platform::{locales, location, storage::LOCALE_KEY};
use crate::routes;
use crate::state::{Stored, persisted};

thread_local! {
    /// The language chosen before the app was mounted (`prepare`), and one that could not be loaded.
    static START: Cell<Option<(Lang, Option<Lang>)>> = const { Cell::new(None) };
}

/// Works out the first language before anything is drawn, so that a German reader never sees the page
/// flash in Indonesian: the address's prefix (`/de/…`, what a shared link carries), then the choice
/// stored on this device, then the browser's languages, then Indonesian. The chosen language's file is
/// fetched here; if it cannot be had the app starts in Indonesian and says so.
pub async fn prepare() {
    let path = location::current_path();
    let from_address = routes::split_lang(&path).0;
    let stored = crate::platform::storage::read_local(LOCALE_KEY);
    let wanted = i18n::choose(from_address, stored.as_deref(), &locales::preferred());
    let start = match load(wanted).await {
        Ok(()) => (wanted, None),
        Err(()) => (Lang::Id, Some(wanted)),
    };
    // The address names the language shown, so that a link copied now opens the same way.
    if from_address.is_none() && start.0 != Lang::Id {
        location::set_path(&routes::in_lang(start.0, &path), false);
    }
    START.set(Some(start));
}

async fn load(lang: Lang) -> Result<(), ()> {
    if i18n::is_installed(lang) {
        return Ok(());
    }
    fetch_and_install(lang).await
}

/// The Indonesian texts that only pages loaded on demand show: in the release build they are not in
/// the first module but in Indonesian's file, fetched (and precached) like the pages' code. Whatever
/// language is shown, an on-demand page waits for them, so that switching to Indonesian there never
/// finds a text missing.
pub async fn page_texts() -> Result<(), ()> {
    if i18n::page_texts_installed() {
        return Ok(());
    }
    fetch_and_install(Lang::Id).await
}

/// `lang`'s file, installed; a failure is logged in words for the console.
async fn fetch_and_install(lang: Lang) -> Result<(), ()> {
    let text = locales::fetch(lang)
        .await
        .map_err(|e| log_failure(lang, &e))?;
    i18n::install(lang, &text).map_err(|e| log_failure(lang, &e.to_string()))
}

fn log_failure(lang: Lang, detail: &str) {
    leptos::logging::warn!("language {}: {detail}", lang.code());
}

/// The interface's language: what is shown, a language being fetched, and one that could not be.
#[derive(Clone, Copy)]
pub struct I18n {
    locale: RwSignal<Locale>,
    loading: RwSignal<Option<Locale>>,
    failed: RwSignal<Option<Locale>>,
}

impl I18n {
    /// The language shown; reading it in a view makes the view follow the switch.
    pub fn get_locale(&self) -> Locale {
        self.locale.get()
    }

    pub fn get_locale_untracked(&self) -> Locale {
        self.locale.get_untracked()
    }

    /// A language being fetched after the reader chose it.
    pub fn loading(&self) -> Option<Locale> {
        self.loading.get()
    }

    /// A language the reader chose whose texts could not be fetched (offline before it was cached).
    pub fn failed(&self) -> Option<Locale> {
        self.failed.get()
    }

    /// Switches to `locale` once its texts are in, and puts it in the address (a new history entry,
    /// so Back returns to the language before).
    pub fn set_locale(&self, locale: Locale) {
        self.switch(locale, true);
    }

    fn switch(&self, locale: Locale, push: bool) {
        let this = *self;
        if i18n::is_installed(locale) {
            this.show(locale, push);
            return;
        }
        this.loading.set(Some(locale));
        leptos::task::spawn_local(async move {
            let result = load(locale).await;
            // A later choice wins over this one.
            if this.loading.get_untracked() != Some(locale) {
                return;
            }
            this.loading.set(None);
            match result {
                Ok(()) => this.show(locale, push),
                Err(()) => this.failed.set(Some(locale)),
            }
        });
    }

    fn show(&self, locale: Locale, push: bool) {
        self.failed.set(None);
        self.loading.set(None);
        let current = location::current_path();
        if routes::split_lang(&current).0.unwrap_or_default() != locale {
            // Before the signal changes: the router is mounted again with the new address's base.
            location::set_path(&routes::switch_lang(&current, locale), push);
        }
        self.locale.set(locale);
    }
}

/// Provides the language context; `prepare` must have run (main does it before mounting). Without it
/// (the in-browser tests) the app starts in Indonesian.
pub fn provide_locale() {
    let (start, failed) = START.take().unwrap_or_default();
    let i18n = I18n {
        locale: RwSignal::new(start),
        loading: RwSignal::new(None),
        failed: RwSignal::new(failed),
    };
    provide_context(i18n);

    let stored = persisted::<String>(LOCALE_KEY, Stored::Language);
    Effect::new(move |_| {
        let code = i18n.get_locale().code().to_owned();
        if stored.get_untracked() != code {
            stored.set(&code);
        }
    });

    // Back and Forward across a language switch: the address leads, the texts follow.
    let listener = leptos_use::use_event_listener(window(), leptos::ev::popstate, move |_| {
        let path = location::current_path();
        let lang = routes::split_lang(&path).0.unwrap_or_default();
        if lang != i18n.get_locale_untracked() {
            i18n.switch(lang, false);
        }
    });
    on_cleanup(listener);
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// The language catalogue texts should be shown in.
pub fn use_lang() -> Signal<Lang> {
    let i18n = use_i18n();
    Signal::derive(move || i18n.get_locale())
}

/// A translated text, given before the language is known: `|l| td_string!(l, key)`. Components take
/// texts as this plain function type (see `tr` for why not closures).
pub type Text = fn(Locale) -> &'static str;

/// A translated text that follows the language switch: `tr(|l| td_string!(l, key))`.
///
/// It takes a plain function rather than a closure so that every call site has the same type: each
/// distinct closure type in a view is compiled into its own render code, and with two hundred texts that
/// was most of the wasm.
pub fn tr(text: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || text(i18n.get_locale())
}
