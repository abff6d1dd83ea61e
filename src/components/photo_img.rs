use leptos::prelude::*;

use crate::domain::{Photo, PhotoCredit};
use crate::i18n::{I18n, t_string, use_i18n};
use crate::state::use_lang;

/// A catalogue photo: every written width in `srcset` (a phone fetches the narrow file), its average
/// colour until the file arrives (nothing jumps, and a slow connection shows no white hole), its
/// description in the reader's language; and, when it is somebody else's, its source and licence right
/// under it.
#[component]
pub fn PhotoImg(
    photo: Photo,
    #[prop(into)] class: String,
    /// How wide it is shown, for the browser's choice among `srcset`.
    sizes: &'static str,
    #[prop(default = "lazy")] loading: &'static str,
    /// Whether its credit, if it has one, is shown under it.
    #[prop(default = true)]
    credit: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let srcset = photo.srcset();
    let credit = photo
        .credit
        .clone()
        .filter(|_| credit)
        .map(|c| credit_text(i18n, c));
    let alt = photo.alt.clone();
    // The colour is set as a property, not a style attribute, which the content security policy
    // refuses.
    let img = view! {
        <img
            class=class
            src=photo.src
            srcset=(!srcset.is_empty()).then_some(srcset)
            sizes=sizes
            style:background-color=photo.placeholder
            alt=move || alt.get(lang.get()).to_owned()
            width=photo.width
            height=photo.height
            loading=loading
            decoding="async"
        />
    };
    match credit {
        Some(credit) => view! {
            <figure class="art-figure">
                {img}
                <figcaption class="photo-credit">{credit}</figcaption>
            </figure>
        }
        .into_any(),
        None => img.into_any(),
    }
}

/// "Photo: source · licence" in the reader's language.
pub fn credit_text(i18n: I18n, credit: PhotoCredit) -> impl Fn() -> String + Send + Sync + 'static {
    move || {
        let (source, licence) = (credit.source.clone(), credit.licence.clone());
        t_string!(i18n, photo_credit, source = source, licence = licence).to_string()
    }
}
