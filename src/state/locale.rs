use leptos::prelude::*;
use leptos_i18n::I18nContext;
use leptos_i18n::Locale as _;

use crate::domain::Lang;
use crate::i18n::{Locale, use_i18n};
use crate::platform::storage::LOCALE_KEY;
use crate::state::{Stored, persisted};

/// Provides the translation context. The first visit is in Bahasa Indonesia whatever the browser's
/// language (the village's own language comes first); a choice made with the switch is remembered on the
/// device and reflected in `<html lang>` so that screen readers pronounce the page correctly.
pub fn provide_locale() {
    let stored = persisted::<String>(LOCALE_KEY, Stored::Language);
    let initial = stored
        .get_untracked()
        .parse::<Locale>()
        .unwrap_or(Locale::id);
    let ctx: I18nContext<Locale> =
        leptos_i18n::context::init_i18n_subcontext(Some(Signal::stored(initial)));
    provide_context(ctx);

    Effect::new(move |_| {
        let locale = ctx.get_locale();
        stored.set(&locale.as_str().to_owned());
    });
}

/// The language catalogue texts should be shown in.
pub fn use_lang() -> Signal<Lang> {
    let i18n = use_i18n();
    Signal::derive(move || match i18n.get_locale() {
        Locale::id => Lang::Id,
        Locale::en => Lang::En,
    })
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
