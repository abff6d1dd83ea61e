use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::render::{ArtText, render_svg};
use crate::domain::{Catalogue, ItemRef};
use crate::i18n::{t_string, use_i18n};
use crate::labels;
use crate::state::use_lang;

/// The drawing of any item (a design, motif, trend, sketch or mixer design), with its accessible name; nothing for an item the
/// catalogue no longer has.
#[component]
pub fn ItemArt(catalogue: Arc<Catalogue>, target: ItemRef) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let svg = move || {
        let lang = lang.get();
        let (Some(spec), Some(name)) = (
            catalogue.item_art(&target),
            labels::item_name(lang, &catalogue, &target),
        ) else {
            return String::new();
        };
        let kind = match &target {
            ItemRef::Design(_) => t_string!(i18n, kind_design),
            ItemRef::Motif(_) => t_string!(i18n, kind_motif),
            ItemRef::Trend(_) => t_string!(i18n, kind_trend),
            ItemRef::Sketch { .. } => t_string!(i18n, kind_sketch),
            ItemRef::Mix(_) => t_string!(i18n, mixer_drawing),
        };
        render_svg(
            &spec,
            &ArtText {
                title: &name,
                description: kind,
            },
        )
    };
    view! { <div class="art" inner_html=svg></div> }
}
